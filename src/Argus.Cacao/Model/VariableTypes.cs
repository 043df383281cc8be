namespace Argus.Cacao.Model;

/// <summary>The values of the open vocabulary variable-type-ov (CACAO 10.18).</summary>
public static class VariableTypes
{
    /// <summary><c>bool</c>.</summary>
    public const string Bool = "bool";

    /// <summary><c>dictionary</c>.</summary>
    public const string Dictionary = "dictionary";

    /// <summary><c>float</c>.</summary>
    public const string Float = "float";

    /// <summary><c>hexstring</c>.</summary>
    public const string Hexstring = "hexstring";

    /// <summary><c>integer</c>.</summary>
    public const string Integer = "integer";

    /// <summary><c>ipv4-addr</c>.</summary>
    public const string Ipv4Addr = "ipv4-addr";

    /// <summary><c>ipv6-addr</c>.</summary>
    public const string Ipv6Addr = "ipv6-addr";

    /// <summary><c>long</c>.</summary>
    public const string Long = "long";

    /// <summary><c>mac-addr</c>.</summary>
    public const string MacAddr = "mac-addr";

    /// <summary><c>hash</c>.</summary>
    public const string Hash = "hash";

    /// <summary><c>md5-hash</c>.</summary>
    public const string Md5Hash = "md5-hash";

    /// <summary><c>sha256-hash</c>.</summary>
    public const string Sha256Hash = "sha256-hash";

    /// <summary><c>string</c>.</summary>
    public const string String = "string";

    /// <summary><c>uri</c>.</summary>
    public const string Uri = "uri";

    /// <summary><c>uuid</c>.</summary>
    public const string Uuid = "uuid";
}
