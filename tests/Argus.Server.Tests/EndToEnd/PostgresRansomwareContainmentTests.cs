using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.EndToEnd;

/// <summary><see cref="RansomwareContainmentTests"/> on a PostgreSQL database of this class's own (<c>ARGUS_TEST_POSTGRES</c>).</summary>
public sealed class PostgresRansomwareContainmentTests(PostgresServerFixture fixture) : RansomwareContainmentTests, IClassFixture<PostgresServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;
}
