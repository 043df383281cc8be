using Argus.Testing;

namespace Argus.Cacao.Tests.Validation.Structure;

/// <summary>The public CACAO corpus in <c>../shared/cacao/corpus</c>, read where it lies (never copied).</summary>
internal static class CorpusFiles
{
    public static string Directory => RepositoryPaths.RequireShared("cacao", "corpus");

    public static IReadOnlyList<string> All() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal)];

    public static byte[] Read(string fileName) => File.ReadAllBytes(Path.Combine(Directory, fileName));
}
