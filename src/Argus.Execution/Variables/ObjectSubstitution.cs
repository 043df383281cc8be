using System.Collections.Immutable;
using System.Text;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Commands;

namespace Argus.Execution.Variables;

/// <summary>
/// Substitutes variables into copies of commands, agents, targets and authentication info (spec-notes §2.6:
/// command, headers, content, and the property values of agents, targets and auth info). The stored playbook is
/// immutable and never changed.
/// </summary>
internal static class ObjectSubstitution
{
    public static CommandData Substitute(CommandData command, VariableScope scope) => command with
    {
        Command = Text(command.Command, scope),
        CommandBase64 = Base64(command.CommandBase64, scope),
        Content = Text(command.Content, scope),
        ContentBase64 = Base64(command.ContentBase64, scope),
        Headers = command.Headers is { } headers
            ? new OrderedMap<ImmutableArray<string>>(headers.Entries.Select(e =>
                KeyValuePair.Create(e.Key, e.Value.Select(scope.Substitute).ToImmutableArray())))
            : null,
    };

    public static AgentTarget Substitute(AgentTarget agent, VariableScope scope) => agent with
    {
        Name = Text(agent.Name, scope),
        Port = Text(agent.Port, scope),
        Sector = Text(agent.Sector, scope),
        AuthenticationInfo = Text(agent.AuthenticationInfo, scope),
        Logical = agent.Logical?.Select(scope.Substitute).ToImmutableArray(),
        Category = agent.Category?.Select(scope.Substitute).ToImmutableArray(),
        Address = agent.Address is { } address
            ? new OrderedMap<ImmutableArray<string>>(address.Entries.Select(e =>
                KeyValuePair.Create(e.Key, e.Value.Select(scope.Substitute).ToImmutableArray())))
            : null,
    };

    public static AuthenticationInfo Substitute(AuthenticationInfo info, VariableScope scope) => info with
    {
        Name = Text(info.Name, scope),
        UserId = Text(info.UserId, scope),
        Username = Text(info.Username, scope),
        Password = Text(info.Password, scope),
        OAuthHeader = Text(info.OAuthHeader, scope),
        Token = Text(info.Token, scope),
        PrivateKey = Text(info.PrivateKey, scope),
        KmsKeyIdentifier = Text(info.KmsKeyIdentifier, scope),
    };

    /// <summary>The secrets an auth info holds, to keep them out of records.</summary>
    public static IEnumerable<string> Secrets(AuthenticationInfo info) =>
        new[] { info.Password, info.Token, info.PrivateKey, info.OAuthHeader, info.KmsKeyIdentifier }
            .OfType<string>()
            .Where(s => s.Length > 0);

    private static string? Text(string? text, VariableScope scope) => text is null ? null : scope.Substitute(text);

    private static string? Base64(string? encoded, VariableScope scope)
    {
        if (encoded is null)
        {
            return null;
        }

        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var length))
        {
            return encoded; // not base64 after all: the validator reports it; left as written
        }

        var decoded = Encoding.UTF8.GetString(buffer, 0, length);
        var substituted = scope.Substitute(decoded);
        return ReferenceEquals(substituted, decoded) || substituted == decoded
            ? encoded
            : Convert.ToBase64String(Encoding.UTF8.GetBytes(substituted));
    }
}
