using System.CommandLine;
using Argus.Cacao.Validation;
using Argus.Cli.Validation;

namespace Argus.Cli.Commands;

/// <summary><c>argus validate [--json] [--strict] PATH…</c>: validates playbook files and folders of them.</summary>
/// <remarks>Exit codes: 0 all valid, 1 any invalid, 2 usage or I/O error (message on stderr).</remarks>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Playbook files, or folders whose *.json files are validated recursively.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON array with every file's errors and warnings." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var command = new Command("validate", "Validate CACAO v2.0 playbooks and report every issue.")
        {
            paths,
            json,
            strict,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult,
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(json),
            parseResult.GetValue(strict),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parseResult, string[] paths, bool json, bool strict, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        // The PATH argument takes any token, so an unknown option arrives here rather than as a parse error.
        var unknownOption = Array.Find(paths, p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p));
        if (unknownOption is not null)
        {
            await error.WriteLineAsync($"argus validate: unknown option '{unknownOption}'. See 'argus validate --help'.")
                .ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }

        if (paths.Length == 0)
        {
            await error.WriteLineAsync("argus validate: give at least one PATH (a playbook file or a folder of *.json files).")
                .ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }

        var fileSet = PlaybookFileSet.Find(paths);
        if (!fileSet.Problems.IsEmpty)
        {
            foreach (var problem in fileSet.Problems)
            {
                await error.WriteLineAsync($"argus validate: {problem}").ConfigureAwait(false);
            }

            return ArgusCommandLine.UsageOrIoError;
        }

        var validator = new PlaybookValidator(new ValidationOptions { Strict = strict });
        var reports = new List<PlaybookFileReport>(fileSet.Files.Length);
        var unreadable = false;
        foreach (var file in fileSet.Files)
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"argus validate: cannot read {file}: {ex.Message}").ConfigureAwait(false);
                unreadable = true;
                continue;
            }

            reports.Add(new PlaybookFileReport(file, validator.Validate(bytes)));
        }

        if (json)
        {
            await output.WriteLineAsync(JsonValidationReport.Format(reports)).ConfigureAwait(false);
        }
        else
        {
            var useColour = ValidationReportPrinter.ShouldUseColour(
                ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
                Environment.GetEnvironmentVariable("NO_COLOR"));
            new ValidationReportPrinter(output, useColour).Print(reports);
        }

        return unreadable ? ArgusCommandLine.UsageOrIoError
            : reports.TrueForAll(r => r.Report.IsValid) ? ArgusCommandLine.Success
            : ArgusCommandLine.Failure;
    }
}
