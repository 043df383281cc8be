using Argus.Server.Tests.Support;
using Argus.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.GraphQL;

/// <summary><see cref="PlaybookApiTests"/> on the embedded SQLite database in the host's temporary data directory.</summary>
public sealed class SqlitePlaybookApiTests(ArgusServerFactory server) : PlaybookApiTests, IClassFixture<ArgusServerFactory>
{
    protected override ArgusServerFactory Server => server;

    [Fact]
    public void Storage_HostSettings_SelectTheSqliteProvider()
    {
        var storage = Server.Services.GetRequiredService<ArgusStorage>();

        Assert.Equal(StorageProvider.Sqlite, storage.Provider);
    }
}
