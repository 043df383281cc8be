using System.Data.Common;
using Argus.Storage;
using Microsoft.Data.Sqlite;

namespace Argus.Storage.Tests.Support;

/// <summary>A SQLite database in a fresh temporary data directory.</summary>
public sealed class SqliteTarget : StorageTarget
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "argus-storage-tests", Guid.NewGuid().ToString("N"));

    public override StorageOptions Options => new() { DataDirectory = _directory };

    public string DatabaseFile => Path.Combine(_directory, StorageOptions.SqliteFileName);

    public override async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
