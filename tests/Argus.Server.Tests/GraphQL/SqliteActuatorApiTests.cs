using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary><see cref="ActuatorApiTests"/> on the embedded SQLite database in the host's temporary data directory.</summary>
public sealed class SqliteActuatorApiTests(ArgusServerFactory server) : ActuatorApiTests, IClassFixture<ArgusServerFactory>
{
    protected override ArgusServerFactory Server => server;
}
