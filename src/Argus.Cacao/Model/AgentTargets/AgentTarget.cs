using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Cacao.Model.AgentTargets;

/// <summary>An agent or target (CACAO 7), the value of an <c>agent_definitions</c> or <c>target_definitions</c>
/// entry keyed by its identifier, for every type: the 10 of agent-target-type-ov and custom ones such as
/// <c>soarca</c>.</summary>
/// <remarks>
/// One record with a <see cref="Type"/> string: group, individual and organization use <see cref="Contact"/>;
/// location uses <see cref="Logical"/>; sector uses <see cref="Sector"/>; security-category uses
/// <see cref="Category"/>; http-api, linux, ssh and net-address use <see cref="Address"/>, <see cref="Port"/>
/// (not net-address), <see cref="AuthenticationInfo"/> and <see cref="Category"/>. Members of custom types stay in
/// <see cref="CacaoObject.Unknown"/>.
/// </remarks>
public sealed record AgentTarget : CacaoObject
{
    /// <summary>The type (<c>type</c>, agent-target-type-ov); see <see cref="AgentTargetTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The name (<c>name</c>, required by the spec).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Where the agent or target is (<c>location</c>).</summary>
    public CivicLocation? Location { get; init; }

    /// <summary>Contact details of a group, individual or organization (<c>contact</c>).</summary>
    public Contact? Contact { get; init; }

    /// <summary>Logical locations of a location (<c>logical</c>).</summary>
    public ImmutableArray<string>? Logical { get; init; }

    /// <summary>The industry sector of a sector, from industry-sector-ov (<c>sector</c>).</summary>
    public string? Sector { get; init; }

    /// <summary>Network addresses keyed by kind (<c>dname</c>, <c>ipv4</c>, <c>ipv6</c>, <c>l2mac</c>, <c>vlan</c>,
    /// <c>url</c>), each a list (<c>address</c>).</summary>
    public OrderedMap<ImmutableArray<string>>? Address { get; init; }

    /// <summary>The port, a string (<c>port</c>; the spec default is <c>"80"</c> for http-api).</summary>
    public string? Port { get; init; }

    /// <summary>The identifier of the authentication information to use (<c>authentication_info</c>).</summary>
    public string? AuthenticationInfo { get; init; }

    /// <summary>Security categories from security-category-type-ov (<c>category</c>).</summary>
    public ImmutableArray<string>? Category { get; init; }

    /// <summary>Extension values as raw JSON objects keyed by extension-definition identifier
    /// (<c>agent_target_extensions</c>).</summary>
    public OrderedMap<JsonElement>? AgentTargetExtensions { get; init; }
}
