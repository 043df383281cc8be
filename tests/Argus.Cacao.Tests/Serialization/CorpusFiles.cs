using Argus.Testing;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>The public corpus under <c>../shared/cacao/corpus</c> as theory data, one row per file.</summary>
internal static class CorpusFiles
{
    // Discovery must not throw when the shared folder is absent: one placeholder row then reaches
    // RepositoryPaths.RequireShared inside the test, which skips (or fails under CI) with the reason.
    public const string Absent = "(corpus absent)";

    public static TheoryData<string> Names()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "cacao", "corpus"));
        var data = new TheoryData<string>();
        var names = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).AsEnumerable()
            : new[] { Absent }.AsEnumerable();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    public static byte[] Read(string name)
    {
        var folder = RepositoryPaths.RequireShared("cacao", "corpus");
        return File.ReadAllBytes(Path.Combine(folder, name));
    }
}
