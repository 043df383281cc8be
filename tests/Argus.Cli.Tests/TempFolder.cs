namespace Argus.Cli.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("argus-cli-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/>, creating folders, and returns the full path.</summary>
    public string Write(string relativePath, string content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!); // a file path inside Path always has a folder
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
