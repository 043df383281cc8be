using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.OpenC2.Language;

/// <summary>
/// The object of a command (LS v1.0 §3.3.1.2): exactly one of the core targets below, or an extension target
/// <c>nsid:name</c> defined by an actuator profile (<c>slpf:rule_number</c>).
/// </summary>
public abstract record OpenC2Target
{
    private OpenC2Target()
    {
    }

    /// <summary>The member name of this target in the JSON <c>target</c> object.</summary>
    public abstract string Name { get; }

    public sealed record Artifact(OpenC2Artifact Value) : OpenC2Target
    {
        public override string Name => "artifact";
    }

    /// <summary>A reference to a previously issued command, by its command id.</summary>
    public sealed record Command(string CommandId) : OpenC2Target
    {
        public override string Name => "command";
    }

    public sealed record Device(OpenC2Device Value) : OpenC2Target
    {
        public override string Name => "device";
    }

    public sealed record DomainName(string Value) : OpenC2Target
    {
        public override string Name => "domain_name";
    }

    public sealed record EmailAddr(string Value) : OpenC2Target
    {
        public override string Name => "email_addr";
    }

    /// <summary>What a <c>query</c> asks for; empty is a heartbeat (LS v1.0 §4).</summary>
    public sealed record Features(ImmutableArray<OpenC2Feature> Items) : OpenC2Target
    {
        public override string Name => "features";
    }

    public sealed record File(OpenC2File Value) : OpenC2Target
    {
        public override string Name => "file";
    }

    public sealed record IdnDomainName(string Value) : OpenC2Target
    {
        public override string Name => "idn_domain_name";
    }

    public sealed record IdnEmailAddr(string Value) : OpenC2Target
    {
        public override string Name => "idn_email_addr";
    }

    /// <summary>An IPv4 address or CIDR range as text, <c>"192.168.0.0/24"</c>.</summary>
    public sealed record Ipv4Net(string Value) : OpenC2Target
    {
        public override string Name => "ipv4_net";
    }

    /// <summary>An IPv6 address or prefix as text, <c>"2001:db8::/32"</c>.</summary>
    public sealed record Ipv6Net(string Value) : OpenC2Target
    {
        public override string Name => "ipv6_net";
    }

    public sealed record Ipv4Connection(OpenC2Connection Value) : OpenC2Target
    {
        public override string Name => "ipv4_connection";
    }

    public sealed record Ipv6Connection(OpenC2Connection Value) : OpenC2Target
    {
        public override string Name => "ipv6_connection";
    }

    /// <summary>An EUI-48 or EUI-64 address as colon (or dash) separated hex text.</summary>
    public sealed record MacAddr(string Value) : OpenC2Target
    {
        public override string Name => "mac_addr";
    }

    public sealed record Process(OpenC2Process Value) : OpenC2Target
    {
        public override string Name => "process";
    }

    public sealed record Properties(ImmutableArray<string> Items) : OpenC2Target
    {
        public override string Name => "properties";
    }

    public sealed record Uri(string Value) : OpenC2Target
    {
        public override string Name => "uri";
    }

    public sealed record Iri(string Value) : OpenC2Target
    {
        public override string Name => "iri";
    }

    /// <summary>A profile-defined target; <paramref name="QualifiedName"/> is <c>nsid:name</c>.</summary>
    public sealed record Extension(string QualifiedName, JsonElement Value) : OpenC2Target
    {
        public override string Name => QualifiedName;
    }
}
