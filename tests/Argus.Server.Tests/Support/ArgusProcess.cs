using System.Diagnostics;
using Argus.Testing;

namespace Argus.Server.Tests.Support;

/// <summary>The real built <c>argus</c> command (src/Argus.Cli, built before these tests) run as a child process.</summary>
public sealed class ArgusProcess : IDisposable
{
    private readonly Process _process;

    private ArgusProcess(Process process) => _process = process;

    public StreamReader StandardOutput => _process.StandardOutput;

    /// <summary>Starts <c>dotnet argus.dll ARGS</c> with its output redirected.</summary>
    public static ArgusProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.ErrorDataReceived += (_, _) => { }; // drained so a chatty child never blocks on a full pipe
        process.BeginErrorReadLine();
        return new ArgusProcess(process);
    }

    /// <summary>Runs to completion and returns the standard output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        using var process = Start(arguments);
        var output = await process._process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process._process.WaitForExitAsync(cancellationToken);
        return (process._process.ExitCode, output);
    }

    /// <summary>Reads output lines until one satisfies <paramref name="predicate"/>; null when the output ends first.</summary>
    public async Task<string?> ReadLineUntilAsync(Func<string, bool> predicate, CancellationToken cancellationToken)
    {
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (predicate(line))
            {
                return line;
            }
        }

        return null;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    internal static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    internal static string CliAssembly()
    {
        // tests/Argus.Server.Tests/bin/<Configuration>/<tfm>/ -> src/Argus.Cli/bin/<Configuration>/<tfm>/argus.dll
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent?.Name ?? "Debug";
        var path = Path.Combine(RepositoryPaths.Root, "src", "Argus.Cli", "bin", configuration, framework, "argus.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Argus.Cli first (the test project references it).", path);
    }
}
