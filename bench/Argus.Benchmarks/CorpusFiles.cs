namespace Argus.Benchmarks;

/// <summary>Finds the public CACAO corpus in <c>../shared</c> beside the repository.</summary>
internal static class CorpusFiles
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Argus.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "cacao", "corpus"));
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the repository (no Argus.slnx found).");
        }
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
