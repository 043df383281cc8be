using System.ComponentModel.DataAnnotations;

namespace Argus.Server.Hosting;

/// <summary>Where Argus keeps its state.</summary>
public sealed class ArgusServerOptions
{
    public const string Section = "Argus";

    /// <summary>The data directory: signing key, admin token, SQLite database. Created on first start.</summary>
    /// <value>Default <c>argus-data</c> under the current directory.</value>
    [Required]
    public string DataDirectory { get; set; } = "argus-data";

    /// <summary>A database connection string; null means SQLite in <see cref="DataDirectory"/>. Read by storage.</summary>
    /// <value>Default null.</value>
    public string? Database { get; set; }

    /// <summary>
    /// The 256-bit key (base64) that encrypts stored secrets such as actuator credentials; null means the key file
    /// <c>secrets.key</c> in <see cref="DataDirectory"/>, created on first use. Servers sharing one PostgreSQL database
    /// must all be given the same key.
    /// </summary>
    /// <value>Default null.</value>
    public string? SecretsKey { get; set; }
}
