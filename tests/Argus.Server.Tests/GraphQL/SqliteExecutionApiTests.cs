using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary><see cref="ExecutionApiTests"/> on the embedded SQLite database in the host's temporary data directory.</summary>
public sealed class SqliteExecutionApiTests(WorkerlessServerFixture fixture) : ExecutionApiTests, IClassFixture<WorkerlessServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;
}
