using Argus.OpenC2.Serialization;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Tests.Validation;

public sealed class PlugfestVectorTests
{
    public static TheoryData<string> Vectors() => new(PlugfestVectors.RelativePaths());

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Read_PlugfestVector_GetsTheVerdictOfItsFolder(string relativePath)
    {
        var vector = PlugfestVectors.Describe(relativePath);

        var report = Read(vector);

        Assert.True(report.IsValid == vector.IsGood,
            $"{relativePath}: expected {(vector.IsGood ? "valid" : "invalid")}, issues: "
            + string.Join("; ", report.Issues.Select(i => $"{i.Path} {i.Code} {i.Message}")));
    }

    [Fact]
    public void Read_AllPlugfestVectors_AllOf182GetTheExpectedVerdict()
    {
        var folder = PlugfestVectors.Folder();
        var vectors = PlugfestVectors.RelativePaths().Select(PlugfestVectors.Describe).ToList();

        var wrong = vectors.Where(v => Read(v).IsValid != v.IsGood).Select(v => v.RelativePath).ToList();

        Assert.True(Directory.Exists(folder));
        Assert.Equal(PlugfestVectors.ExpectedCount, vectors.Count);
        Assert.Empty(wrong);
    }

    internal static OpenC2ValidationReport Read(PlugfestVectors.Vector vector)
    {
        var bytes = File.ReadAllBytes(vector.FullPath);
        return vector.IsCommand
            ? OpenC2Reader.ReadCommand(bytes, vector.Options).Report
            : OpenC2Reader.ReadResponse(bytes, vector.Options).Report;
    }
}
