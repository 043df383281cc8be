using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Streaming;

/// <summary><see cref="ExecutionEventsEndpointTests"/> on the embedded SQLite database.</summary>
public sealed class SqliteExecutionEventsEndpointTests(WorkerlessServerFixture fixture) : ExecutionEventsEndpointTests, IClassFixture<WorkerlessServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;
}
