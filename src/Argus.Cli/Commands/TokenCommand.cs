using System.CommandLine;

namespace Argus.Cli.Commands;

/// <summary><c>argus token …</c>: local bearer tokens.</summary>
internal static class TokenCommand
{
    public static Command Build()
    {
        var command = new Command("token", "Make bearer tokens signed with the local key in the data directory.");
        command.Subcommands.Add(TokenCreateCommand.Build());
        return command;
    }
}
