using System.Collections.Immutable;

namespace Argus.Cacao.Model.Commands;

/// <summary>A command of an action step (CACAO 5), for every command type: the 12 of command-type-ov and custom ones
/// such as <c>openc2</c>, <c>ftp</c> or <c>pong</c>.</summary>
/// <remarks>
/// The CS01 command types differ only in which of these properties they require (manual, bash, ssh, powershell,
/// caldera-cmd: <c>command</c> or <c>command_b64</c>; http-api: <c>command</c> and optionally <c>headers</c>,
/// <c>content</c> or <c>content_b64</c>; openc2-http: <c>command</c> and <c>content_b64</c>; elastic, jupyter,
/// kestrel, sigma, yara: <c>command_b64</c>), so one record with a <see cref="Type"/> string models them all. Members
/// of custom types stay in <see cref="CacaoObject.Unknown"/>.
/// </remarks>
public sealed record CommandData : CacaoObject
{
    /// <summary>The command type (<c>type</c>, command-type-ov); see <see cref="CommandTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The version of the command type; absent means the most current (<c>version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The activity from playbook-activity-type-ov (<c>playbook_activity</c>).</summary>
    public string? PlaybookActivity { get; init; }

    /// <summary>External references (<c>external_references</c>).</summary>
    public ImmutableArray<ExternalReference>? ExternalReferences { get; init; }

    /// <summary>The command text; for HTTP types the request start line (<c>command</c>).</summary>
    public string? Command { get; init; }

    /// <summary>The command, base64 encoded (RFC 4648 §4) (<c>command_b64</c>).</summary>
    public string? CommandBase64 { get; init; }

    /// <summary>HTTP headers: each name maps to its values (<c>headers</c>).</summary>
    public OrderedMap<ImmutableArray<string>>? Headers { get; init; }

    /// <summary>The HTTP body as text (<c>content</c>).</summary>
    public string? Content { get; init; }

    /// <summary>The HTTP body, base64 encoded; for openc2-http the OpenC2 command (<c>content_b64</c>).</summary>
    public string? ContentBase64 { get; init; }
}
