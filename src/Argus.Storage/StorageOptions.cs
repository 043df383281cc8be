namespace Argus.Storage;

/// <summary>Where the library keeps its data.</summary>
public sealed class StorageOptions
{
    public const string Section = "Argus:Storage";

    /// <summary>The SQLite file's name inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteFileName = "argus.db";

    /// <summary>The data directory; the SQLite database lives here when no connection string is given.</summary>
    /// <value>Default <c>argus-data</c> (relative to the working directory).</value>
    public string DataDirectory { get; set; } = "argus-data";

    /// <summary>
    /// A database connection string: a <c>Host=…</c> (or <c>Server=…</c>) string selects PostgreSQL, anything else is
    /// a SQLite connection string. Null or empty: SQLite file <see cref="SqliteFileName"/> in <see cref="DataDirectory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The 256-bit key (base64) that encrypts stored secrets such as actuator credentials. Null or empty: the key file
    /// <c>secrets.key</c> in <see cref="DataDirectory"/>, created on first use (owner-only). Several servers sharing one
    /// PostgreSQL database must all hold the same key: configure it here on each, or copy the file.
    /// </summary>
    /// <value>Default null.</value>
    public string? SecretsKey { get; set; }

    /// <summary>The provider the settings select.</summary>
    public StorageProvider Provider => IsPostgres(ConnectionString) ? StorageProvider.Postgres : StorageProvider.Sqlite;

    private static bool IsPostgres(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString)
        && connectionString.Split(';').Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
}
