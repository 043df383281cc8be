using System.Collections.Immutable;

namespace Argus.Cli.Validation;

/// <summary>The playbook files named by command-line paths, or why some paths could not be used.</summary>
/// <param name="Files">Files in argument order; a folder contributes its <c>*.json</c> files, recursively, in ordinal order.</param>
/// <param name="Problems">One message per missing or unreadable path; empty when all paths were usable.</param>
internal sealed record PlaybookFileSet(ImmutableArray<string> Files, ImmutableArray<string> Problems)
{
    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        // Symbolic links are not followed: a link back to a parent folder would loop forever.
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseSensitive,
        MatchType = MatchType.Simple,
    };

    /// <summary>Expands <paramref name="paths"/> into files; a file named twice is validated once.</summary>
    public static PlaybookFileSet Find(IEnumerable<string> paths)
    {
        var files = ImmutableArray.CreateBuilder<string>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                AddOnce(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    foreach (var file in Directory.EnumerateFiles(path, "*.json", FolderWalk).Order(StringComparer.Ordinal))
                    {
                        AddOnce(file);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add($"cannot read the folder {path}: {ex.Message}");
                }
            }
            else
            {
                problems.Add($"no such file or folder: {path}");
            }
        }

        return new PlaybookFileSet(files.ToImmutable(), problems.ToImmutable());

        void AddOnce(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }
}
