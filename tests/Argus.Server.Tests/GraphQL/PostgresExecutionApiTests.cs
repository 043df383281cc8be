using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary><see cref="ExecutionApiTests"/> on a PostgreSQL database of this class's own (<c>ARGUS_TEST_POSTGRES</c>).</summary>
public sealed class PostgresExecutionApiTests(WorkerlessPostgresServerFixture fixture) : ExecutionApiTests, IClassFixture<WorkerlessPostgresServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;
}
