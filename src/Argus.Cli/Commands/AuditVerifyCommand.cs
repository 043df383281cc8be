using System.CommandLine;
using Argus.Storage.Access;

namespace Argus.Cli.Commands;

/// <summary><c>argus audit verify [--org ORG]</c>: recomputes the hash chains; exit 1 when any is broken.</summary>
internal static class AuditVerifyCommand
{
    public static Command Create()
    {
        var storage = new StorageCommandOptions();
        var org = new Option<string?>("--org") { Description = "Verify only this organisation (default: every organisation).", HelpName = "ORG" };
        var command = new Command("verify", "Check every organisation's audit chain; any edited or deleted event is reported. " + StorageCommandOptions.AdminNote) { org };
        storage.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => storage.RunAsync(parseResult, async store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            IEnumerable<OrganisationId> organisations;
            if (parseResult.GetValue(org) is { } named)
            {
                if (!StorageCommandOptions.TryOrganisation(parseResult, named, out var id))
                {
                    return ArgusCommandLine.UsageOrIoError;
                }

                organisations = [id];
            }
            else
            {
                organisations = (await store.Organisations.ListAsync(cancellationToken).ConfigureAwait(false)).Select(o => o.Id);
            }

            var broken = 0;
            foreach (var id in organisations)
            {
                var result = await store.Audit.VerifyAsync(id, cancellationToken).ConfigureAwait(false);
                if (result.IsIntact)
                {
                    await output.WriteLineAsync($"{id}: intact, {result.EventCount} events").ConfigureAwait(false);
                }
                else
                {
                    broken++;
                    await output.WriteLineAsync($"{id}: BROKEN at event {result.BrokenAtSequence}: {result.Problem}").ConfigureAwait(false);
                }
            }

            return broken == 0 ? ArgusCommandLine.Success : ArgusCommandLine.Failure;
        }));
        return command;
    }
}
