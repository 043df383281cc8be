using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary><c>argus migrate</c>: applies the pending schema migrations (safe to run any number of times).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var storage = new StorageCommandOptions();
        var command = new Command("migrate", "Apply the pending database migrations; running it again changes nothing.");
        storage.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => storage.RunAsync(parseResult, async store =>
        {
            var result = await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var name in result.Applied)
            {
                await output.WriteLineAsync($"applied {name}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{store.Provider} schema at version {result.CurrentVersion}").ConfigureAwait(false);
            return ArgusCommandLine.Success;
        }));
        return command;
    }
}
