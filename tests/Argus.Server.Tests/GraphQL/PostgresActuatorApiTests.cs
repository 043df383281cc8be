using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary><see cref="ActuatorApiTests"/> on a PostgreSQL database of this class's own (<c>ARGUS_TEST_POSTGRES</c>).</summary>
public sealed class PostgresActuatorApiTests(PostgresServerFixture fixture) : ActuatorApiTests, IClassFixture<PostgresServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;
}
