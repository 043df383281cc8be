using System.Collections.Immutable;
using System.CommandLine;
using Argus.Server.Authentication;
using Argus.Server.Authorization;

namespace Argus.Cli.Commands;

/// <summary><c>argus token create --org ORG --user NAME --clearance LEVEL --role ROLE… [--expires 8h] [--data DIR]</c>:
/// prints a token signed with the data directory's key (created when absent).</summary>
internal static class TokenCreateCommand
{
    public static Command Build()
    {
        var org = new Option<string>("--org") { Description = "The caller's organisation.", Required = true };
        var user = new Option<string>("--user") { Description = "The caller's name (the token subject).", Required = true };
        var clearance = new Option<string>("--clearance")
        {
            Description = "UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP_SECRET.",
            Required = true,
        };
        var roles = new Option<string[]>("--role")
        {
            Description = "viewer, author, approver, operator or admin; repeat or list several.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var expires = new Option<string>("--expires")
        {
            Description = "Lifetime such as 30m, 8h, 7d.",
            DefaultValueFactory = _ => "8h",
        };
        var data = ServeCommand.DataOption();
        var command = new Command("create", "Print a signed bearer token.") { org, user, clearance, roles, expires, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ClaimValues.TryParseLevel(parse.GetValue(clearance), out var level))
            {
                await Console.Error.WriteLineAsync("--clearance must be UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP_SECRET.")
                    .ConfigureAwait(false);
                return ArgusCommandLine.UsageOrIoError;
            }

            var parsedRoles = ImmutableArray.CreateBuilder<Role>();
            foreach (var name in (parse.GetValue(roles) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (!ClaimValues.TryParseRole(name, out var role))
                {
                    await Console.Error.WriteLineAsync($"Unknown role '{name}': use viewer, author, approver, operator or admin.")
                        .ConfigureAwait(false);
                    return ArgusCommandLine.UsageOrIoError;
                }

                parsedRoles.Add(role.Value);
            }

            if (!DurationText.TryParse(parse.GetValue(expires), out var lifetime))
            {
                await Console.Error.WriteLineAsync("--expires must be a positive duration such as 30m, 8h or 7d.").ConfigureAwait(false);
                return ArgusCommandLine.UsageOrIoError;
            }

            var key = await LocalSigningKeyStore.LoadOrCreateAsync(parse.GetRequiredValue(data), cancellationToken).ConfigureAwait(false);
            var request = new TokenRequest(parse.GetRequiredValue(user), parse.GetRequiredValue(org), level, parsedRoles.ToImmutable(), lifetime);
            await Console.Out.WriteLineAsync(LocalTokenIssuer.Create(key, request, TimeProvider.System)).ConfigureAwait(false);
            return ArgusCommandLine.Success;
        });
        return command;
    }
}
