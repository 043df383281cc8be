using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.EndToEnd;

/// <summary><see cref="RansomwareContainmentTests"/> on the embedded SQLite database of the host's data directory.</summary>
public sealed class SqliteRansomwareContainmentTests(ArgusServerFactory server) : RansomwareContainmentTests, IClassFixture<ArgusServerFactory>
{
    protected override ArgusServerFactory Server => server;
}
