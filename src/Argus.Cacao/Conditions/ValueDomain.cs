namespace Argus.Cacao.Conditions;

/// <summary>How two values are compared, derived from CACAO variable types and literal kinds.</summary>
internal enum ValueDomain
{
    /// <summary>Ordinal text: <c>string</c>, <c>uri</c>, <c>dictionary</c>, unknown types, quoted and bare literals.</summary>
    String,

    /// <summary><c>integer</c>, <c>long</c> and integer literals, as <see cref="System.Numerics.BigInteger"/>.</summary>
    Integer,

    /// <summary><c>float</c>, float literals, and integers compared with floats, as <see cref="double"/>.</summary>
    Float,

    /// <summary><c>bool</c> and <c>true</c>/<c>false</c>.</summary>
    Boolean,

    /// <summary><c>ipv4-addr</c> and <c>ipv6-addr</c>: addresses or CIDR blocks.</summary>
    IpAddress,

    /// <summary><c>mac-addr</c>: 12 hex digits whatever the separators and case.</summary>
    MacAddress,

    /// <summary><c>uuid</c>, as <see cref="Guid"/>.</summary>
    Uuid,

    /// <summary>Hashes and <c>hexstring</c>: ordinal text ignoring case.</summary>
    CaseInsensitive,
}
