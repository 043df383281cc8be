using Argus.Storage;

namespace Argus.Server.Tests.Executions;

/// <summary><see cref="ExecutionWorkerTests"/> on a PostgreSQL database per test (<c>ARGUS_TEST_POSTGRES</c>; skipped
/// visibly without it, a failure under CI).</summary>
public sealed class PostgresExecutionWorkerTests : ExecutionWorkerTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
