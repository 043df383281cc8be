namespace Argus.Cacao.Model.Commands;

/// <summary>The values of the open vocabulary command-type-ov (CACAO 5); custom types are allowed.</summary>
public static class CommandTypes
{
    /// <summary><c>manual</c>.</summary>
    public const string Manual = "manual";

    /// <summary><c>bash</c>.</summary>
    public const string Bash = "bash";

    /// <summary><c>caldera-cmd</c>.</summary>
    public const string CalderaCmd = "caldera-cmd";

    /// <summary><c>elastic</c>.</summary>
    public const string Elastic = "elastic";

    /// <summary><c>http-api</c>.</summary>
    public const string HttpApi = "http-api";

    /// <summary><c>jupyter</c>.</summary>
    public const string Jupyter = "jupyter";

    /// <summary><c>kestrel</c>.</summary>
    public const string Kestrel = "kestrel";

    /// <summary><c>openc2-http</c>.</summary>
    public const string OpenC2Http = "openc2-http";

    /// <summary><c>powershell</c>.</summary>
    public const string PowerShell = "powershell";

    /// <summary><c>sigma</c>.</summary>
    public const string Sigma = "sigma";

    /// <summary><c>ssh</c>.</summary>
    public const string Ssh = "ssh";

    /// <summary><c>yara</c>.</summary>
    public const string Yara = "yara";
}
