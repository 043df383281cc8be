namespace Argus.Cacao.Model.AgentTargets;

/// <summary>The values of the open vocabulary agent-target-type-ov (CACAO 7); custom types are allowed.</summary>
public static class AgentTargetTypes
{
    /// <summary><c>group</c>.</summary>
    public const string Group = "group";

    /// <summary><c>individual</c>.</summary>
    public const string Individual = "individual";

    /// <summary><c>location</c>.</summary>
    public const string Location = "location";

    /// <summary><c>organization</c>.</summary>
    public const string Organization = "organization";

    /// <summary><c>sector</c>.</summary>
    public const string Sector = "sector";

    /// <summary><c>http-api</c>.</summary>
    public const string HttpApi = "http-api";

    /// <summary><c>linux</c>.</summary>
    public const string Linux = "linux";

    /// <summary><c>net-address</c>.</summary>
    public const string NetAddress = "net-address";

    /// <summary><c>security-category</c>.</summary>
    public const string SecurityCategory = "security-category";

    /// <summary><c>ssh</c>.</summary>
    public const string Ssh = "ssh";
}
