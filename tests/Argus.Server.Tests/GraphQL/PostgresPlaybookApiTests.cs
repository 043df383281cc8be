using Argus.Server.Tests.Support;
using Argus.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.GraphQL;

/// <summary><see cref="PlaybookApiTests"/> on a PostgreSQL database of this class's own (<c>ARGUS_TEST_POSTGRES</c>).</summary>
public sealed class PostgresPlaybookApiTests(PostgresServerFixture fixture) : PlaybookApiTests, IClassFixture<PostgresServerFixture>
{
    protected override ArgusServerFactory Server => fixture.Server;

    [Fact]
    public void Storage_HostSettings_SelectThePostgresProvider()
    {
        var storage = Server.Services.GetRequiredService<ArgusStorage>();

        Assert.Equal(StorageProvider.Postgres, storage.Provider);
    }
}
