using Argus.Cli.Validation;

namespace Argus.Cli.Tests.Validation;

public sealed class PlaybookFileSetTests
{
    [Fact]
    public void Find_FileNamedTwiceAndInsideANamedFolder_ListsItOnce()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.json", "{}");

        var set = PlaybookFileSet.Find([file, folder.Path, file]);

        Assert.Equal([file], set.Files);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void Find_EmptyFolder_ListsNothingAndReportsNoProblem()
    {
        using var folder = new TempFolder();

        var set = PlaybookFileSet.Find([folder.Path]);

        Assert.Empty(set.Files);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void Find_MissingPaths_ReportsEachOne()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "one.json");
        var second = Path.Combine(folder.Path, "two");

        var set = PlaybookFileSet.Find([first, second]);

        Assert.Empty(set.Files);
        Assert.Equal([$"no such file or folder: {first}", $"no such file or folder: {second}"], set.Problems);
    }

    [Fact]
    public void Find_SymbolicLinkToParentFolder_IsNotFollowed()
    {
        using var folder = new TempFolder();
        var file = folder.Write(Path.Combine("sub", "a.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "loop"), folder.Path);

        var set = PlaybookFileSet.Find([folder.Path]);

        Assert.Equal([file], set.Files);
    }
}
