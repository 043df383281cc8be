using System.CommandLine;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Spectre.Console;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus import FILE… --org ORG [--classification LEVEL] [--status STATUS]</c>: validates and stores playbooks.
/// Exit 0 when every file was stored or already present, 1 when any was rejected or conflicts, 2 for usage or I/O errors.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var storage = new StorageCommandOptions();
        var files = new Argument<string[]>("FILE") { Description = "CACAO v2.0 JSON files to import.", Arity = ArgumentArity.OneOrMore };
        var org = new Option<string>("--org")
        {
            Description = "The organisation to import into; created on first import.",
            HelpName = "ORG",
            Required = true,
        };
        var classification = new Option<string?>("--classification")
        {
            Description = "UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP_SECRET (default: from the document's markings, else UNCLASSIFIED).",
            HelpName = "LEVEL",
        };
        var status = new Option<string>("--status")
        {
            Description = "draft, verified or deprecated.",
            HelpName = "STATUS",
            DefaultValueFactory = _ => "draft",
        };
        var command = new Command("import", "Validate CACAO playbooks and store them in the library. " + StorageCommandOptions.AdminNote)
        {
            files, org, classification, status,
        };
        storage.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!StorageCommandOptions.TryOrganisation(parseResult, parseResult.GetValue(org), out var organisation))
            {
                return Task.FromResult(ArgusCommandLine.UsageOrIoError);
            }

            ClearanceLevel? level = null;
            if (parseResult.GetValue(classification) is { } levelText)
            {
                if (!ClearanceLevelNames.TryParse(levelText, out var parsed))
                {
                    error.WriteLine($"'{levelText}' is not a classification: use {string.Join(", ", ClearanceLevelNames.Ladder.Select(l => l.ToName()))}.");
                    return Task.FromResult(ArgusCommandLine.UsageOrIoError);
                }

                level = parsed;
            }

            if (!PlaybookStatusNames.TryParse(parseResult.GetValue(status), out var initialStatus))
            {
                error.WriteLine($"'{parseResult.GetValue(status)}' is not a status: use draft, verified or deprecated.");
                return Task.FromResult(ArgusCommandLine.UsageOrIoError);
            }

            var paths = parseResult.GetValue(files) ?? [];
            var scope = AccessScope.Administrator(organisation, StorageCommandOptions.Actor);
            return storage.RunAsync(parseResult, store => new FileImporter(store, scope, level, initialStatus, parseResult.InvocationConfiguration)
                .RunAsync(paths, ShowsProgress(paths, parseResult), cancellationToken));
        });
        return command;
    }

    // A bar only for several files on an interactive terminal; captured or redirected output gets plain lines.
    private static bool ShowsProgress(string[] paths, ParseResult parseResult) =>
        paths.Length > 1
        && parseResult.InvocationConfiguration.Output == Console.Out
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;
}
