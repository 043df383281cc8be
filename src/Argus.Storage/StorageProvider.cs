namespace Argus.Storage;

/// <summary>The database behind the library.</summary>
public enum StorageProvider
{
    /// <summary>The embedded default: <c>argus.db</c> in the data directory.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by a <c>Host=…</c> connection string.</summary>
    Postgres,
}
