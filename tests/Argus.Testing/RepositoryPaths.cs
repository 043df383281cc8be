namespace Argus.Testing;

/// <summary>Locates the repository root and the <c>../shared</c> reference data beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Argus.slnx</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>True when the tests run under CI (<c>CI=true</c>), where nothing may be skipped for a missing dependency.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>shared/</c> folder beside the repository. Skips the calling test with a visible reason when it is
    /// absent (a user's clone has none); under CI its absence fails the test instead.
    /// </summary>
    public static string RequireShared(params string[] relative)
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        var path = Path.Combine([shared, .. relative]);
        if (Directory.Exists(path) || File.Exists(path))
        {
            return path;
        }

        var reason = $"{path} is absent: the reference data beside the repository is needed for this test.";
        if (IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true this is a failure, not a skip.");
        }

        Xunit.Assert.Skip(reason);
        return path; // unreachable: Assert.Skip throws
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Argus.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Argus.slnx above {AppContext.BaseDirectory}.");
    }
}
