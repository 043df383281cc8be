using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Streaming;

/// <summary><see cref="ExecutionEventsEndpointTests"/> on the embedded SQLite database.</summary>
public sealed class SqliteExecutionEventsEndpointTests(ArgusServerFactory server) : ExecutionEventsEndpointTests, IClassFixture<ArgusServerFactory>
{
    protected override ArgusServerFactory Server => server;
}
