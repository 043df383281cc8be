using System.CommandLine;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus export ID [--version MODIFIED] [--redact-secrets] [-o FILE] [--org ORG]</c>: writes a stored version's
/// bytes (latest by default) to a file or standard output. Without <c>--org</c>, the one organisation holding the id is used.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var storage = new StorageCommandOptions();
        var id = new Argument<string>("ID") { Description = "The playbook's CACAO id (playbook--…)." };
        var version = new Option<string?>("--version") { Description = "The version's 'modified' as written in it (default: the latest).", HelpName = "MODIFIED" };
        var redact = new Option<bool>("--redact-secrets") { Description = "Remove passwords, tokens and private keys from authentication_info_definitions." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var org = new Option<string?>("--org") { Description = "The organisation holding the playbook (needed only when several hold the id).", HelpName = "ORG" };
        var command = new Command("export", "Export a stored playbook version as a CACAO v2.0 document, byte-identical to its import. " + StorageCommandOptions.AdminNote)
        {
            id, version, redact, output, org,
        };
        storage.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var named = parseResult.GetValue(org);
            OrganisationId organisation = default;
            if (named is not null && !StorageCommandOptions.TryOrganisation(parseResult, named, out organisation))
            {
                return Task.FromResult(ArgusCommandLine.UsageOrIoError);
            }

            var request = new ExportRequest(parseResult.GetValue(id) ?? "", parseResult.GetValue(version), parseResult.GetValue(redact));
            return storage.RunAsync(parseResult, store =>
                ExportAsync(store, named is null ? null : organisation, request, parseResult.GetValue(output), parseResult, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ExportAsync(
        ArgusStorage store, OrganisationId? named, ExportRequest request, string? file, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var organisation = named ?? await FindHolderAsync(store, request, error, cancellationToken).ConfigureAwait(false);
        if (organisation is null)
        {
            return ArgusCommandLine.Failure;
        }

        var result = await store.Playbooks.ExportAsync(
            AccessScope.Administrator(organisation.Value, StorageCommandOptions.Actor), request, cancellationToken).ConfigureAwait(false);
        if (result is not ExportResult.Exported exported)
        {
            await error.WriteLineAsync($"No version {request.Modified ?? "(latest)"} of {request.PlaybookId} in {organisation}.").ConfigureAwait(false);
            return ArgusCommandLine.Failure;
        }

        if (file is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(exported.Document, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllBytesAsync(file, exported.Document.ToArray(), cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"exported {exported.Version.PlaybookId} {exported.Version.Modified} to {file}{(exported.IsRedacted ? " (secrets removed)" : "")}").ConfigureAwait(false);
        }

        return ArgusCommandLine.Success;
    }

    private static async Task<OrganisationId?> FindHolderAsync(ArgusStorage store, ExportRequest request, TextWriter error, CancellationToken cancellationToken)
    {
        var holders = new List<OrganisationId>();
        foreach (var candidate in await store.Organisations.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var scope = AccessScope.Administrator(candidate.Id, StorageCommandOptions.Actor);
            if (await store.Playbooks.GetAsync(scope, request.PlaybookId, request.Modified, cancellationToken).ConfigureAwait(false) is not null)
            {
                holders.Add(candidate.Id);
            }
        }

        switch (holders.Count)
        {
            case 1:
                return holders[0];
            case 0:
                await error.WriteLineAsync($"No organisation holds {request.PlaybookId}.").ConfigureAwait(false);
                return null;
            default:
                await error.WriteLineAsync($"{holders.Count} organisations hold {request.PlaybookId} ({string.Join(", ", holders)}): name one with --org.").ConfigureAwait(false);
                return null;
        }
    }
}
