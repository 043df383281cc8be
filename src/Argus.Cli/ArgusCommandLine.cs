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

    public static RootCommand Build()
    {
        var root = new RootCommand("Argus: a library, engine and API for OASIS CACAO v2.0 security playbooks.");
        root.Subcommands.Add(Commands.ValidateCommand.Create());
        root.Subcommands.Add(Commands.RunCommand.Create());
        return root;
    }
}
