using Argus.Storage;

namespace Argus.Server.Tests.Executions;

/// <summary><see cref="ExecutionWorkerTests"/> on a SQLite file shared by the hosts of each test.</summary>
public sealed class SqliteExecutionWorkerTests : ExecutionWorkerTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
