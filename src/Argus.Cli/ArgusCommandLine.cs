using System.CommandLine;

namespace Argus.Cli;

/// <summary>The <c>argus</c> command tree. Each verb lives in <c>Commands/</c> and is added here.</summary>
internal static class ArgusCommandLine
{
    /// <summary>Exit code for success (and, for <c>validate</c>, "all valid").</summary>
    public const int Success = 0;

    /// <summary>Exit code when the command ran but found a problem (an invalid playbook, a broken audit chain).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a usage or I/O error.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>Parses and runs a command line. Usage errors exit <see cref="UsageOrIoError"/>.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter error)
    {
        var parsed = Build().Parse(args);

        // System.CommandLine's default for a usage error is 1, which our verbs reserve for "ran and found a problem".
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'argus --help' for usage.").ConfigureAwait(false);
            return UsageOrIoError;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("Argus: a library, engine and API for OASIS CACAO v2.0 security playbooks.");
        root.Subcommands.Add(Commands.ValidateCommand.Create());
        root.Add(Commands.ImportCommand.Create());
        root.Add(Commands.ListCommand.Create());
        root.Add(Commands.ExportCommand.Create());
        root.Add(Commands.AuditCommand.Create());
        root.Add(Commands.MigrateCommand.Create());
        root.Subcommands.Add(Commands.ServeCommand.Build());
        root.Subcommands.Add(Commands.TokenCommand.Build());
        root.Subcommands.Add(Commands.ActuatorSimCommand.Create());
        root.Subcommands.Add(Commands.RunCommand.Create());
        return root;
    }
}
