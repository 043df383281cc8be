using System.CommandLine;

namespace Argus.Cli.Tests;

/// <summary>Runs the real <c>argus</c> command tree in-process with captured standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        var exitCode = await ArgusCommandLine.Build().Parse(args).InvokeAsync(configuration, TestContext.Current.CancellationToken);

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
