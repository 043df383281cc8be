using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Streaming;

/// <summary><see cref="ExecutionEventsEndpointTests"/> on a PostgreSQL database of this class's own.</summary>
public sealed class PostgresExecutionEventsEndpointTests(WorkerlessPostgresServerFixture fixture) : ExecutionEventsEndpointTests, IClassFixture<WorkerlessPostgresServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;
}
