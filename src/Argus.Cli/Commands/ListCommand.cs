using System.CommandLine;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus list [--org ORG] [--status S] [--type T] [--label L] [--text X] [--sort modified|name] [--all-versions]
/// [--limit N] [--cursor C]</c>: one line per playbook (latest version) or per version.
/// </summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var storage = new StorageCommandOptions();
        var org = new Option<string?>("--org") { Description = "The organisation to list (default: every organisation).", HelpName = "ORG" };
        var status = new Option<string?>("--status") { Description = "Only this status: draft, verified or deprecated.", HelpName = "STATUS" };
        var type = new Option<string?>("--type") { Description = "Only playbooks of this playbook type.", HelpName = "TYPE" };
        var label = new Option<string?>("--label") { Description = "Only playbooks with this label.", HelpName = "LABEL" };
        var text = new Option<string?>("--text") { Description = "Only playbooks whose name or description contains this text.", HelpName = "TEXT" };
        var sort = new Option<string>("--sort") { Description = "modified (newest first) or name.", DefaultValueFactory = _ => "modified" };
        sort.AcceptOnlyFromAmong("modified", "name");
        var allVersions = new Option<bool>("--all-versions") { Description = "List every version, not only the latest of each playbook." };
        var limit = new Option<int>("--limit") { Description = "Rows per organisation (1-500).", DefaultValueFactory = _ => 50 };
        var cursor = new Option<string?>("--cursor") { Description = "Continue after a previous page (printed as 'next:').", HelpName = "CURSOR" };
        var command = new Command("list", "List the playbooks of the library. " + StorageCommandOptions.AdminNote)
        {
            org, status, type, label, text, sort, allVersions, limit, cursor,
        };
        storage.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            PlaybookStatus? statusFilter = null;
            if (parseResult.GetValue(status) is { } statusText)
            {
                if (!PlaybookStatusNames.TryParse(statusText, out var parsed))
                {
                    parseResult.InvocationConfiguration.Error.WriteLine($"'{statusText}' is not a status: use draft, verified or deprecated.");
                    return Task.FromResult(ArgusCommandLine.UsageOrIoError);
                }

                statusFilter = parsed;
            }

            if (parseResult.GetValue(limit) is < 1 or > PlaybookQuery.MaxPageSize)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"--limit must be 1 to {PlaybookQuery.MaxPageSize}.");
                return Task.FromResult(ArgusCommandLine.UsageOrIoError);
            }

            var query = new PlaybookQuery
            {
                Status = statusFilter,
                PlaybookType = parseResult.GetValue(type),
                Label = parseResult.GetValue(label),
                Text = parseResult.GetValue(text),
                Sort = parseResult.GetValue(sort) == "name" ? PlaybookSort.Name : PlaybookSort.ModifiedDescending,
                AllVersions = parseResult.GetValue(allVersions),
                PageSize = parseResult.GetValue(limit),
                Cursor = parseResult.GetValue(cursor),
            };
            var named = parseResult.GetValue(org);
            OrganisationId organisation = default;
            if (named is not null && !StorageCommandOptions.TryOrganisation(parseResult, named, out organisation))
            {
                return Task.FromResult(ArgusCommandLine.UsageOrIoError);
            }

            return storage.RunAsync(parseResult, store => ListAsync(store, named is null ? null : organisation, query, parseResult, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ListAsync(
        ArgusStorage store, OrganisationId? organisation, PlaybookQuery query, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var organisations = organisation is { } one
            ? [one]
            : (await store.Organisations.ListAsync(cancellationToken).ConfigureAwait(false)).Select(o => o.Id).ToList();
        foreach (var id in organisations)
        {
            var page = await store.Playbooks.ListAsync(AccessScope.Administrator(id, StorageCommandOptions.Actor), query, cancellationToken).ConfigureAwait(false);
            foreach (var version in page.Items)
            {
                await output.WriteLineAsync(string.Join('\t',
                    id.Value, version.PlaybookId, version.Modified, version.Status.ToName(), version.Classification.ToName(), version.Metadata.Name)).ConfigureAwait(false);
            }

            if (page.NextCursor is not null)
            {
                await output.WriteLineAsync($"next: {page.NextCursor}").ConfigureAwait(false);
            }
        }

        return ArgusCommandLine.Success;
    }
}
