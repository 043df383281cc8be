using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary><c>argus audit</c>: the audit-log verbs.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "Work with the append-only audit log.");
        command.Add(AuditVerifyCommand.Create());
        return command;
    }
}
