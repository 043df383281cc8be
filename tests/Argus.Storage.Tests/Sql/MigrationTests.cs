using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Sql;

/// <summary>Migrations apply once and are a no-op the second time; run on both providers, each on a fresh database.</summary>
public abstract class MigrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract StorageTarget NewTarget();

    [Fact]
    public async Task MigrateAsync_RunTwice_AppliesOnceThenNothing()
    {
        await using var target = NewTarget();
        await using var storage = ArgusStorage.Open(target.Options);

        var first = await storage.MigrateAsync(Token);
        var second = await storage.MigrateAsync(Token);

        Assert.Equal(["0001_initial", "0002_latest_version_index", "0003_executions"], first.Applied);
        Assert.Empty(second.Applied);
        Assert.Equal(first.CurrentVersion, second.CurrentVersion);
    }

    [Fact]
    public async Task MigrateAsync_TwoProcessesAtOnce_BothSucceedAndApplyOnce()
    {
        await using var target = NewTarget();
        await using var one = ArgusStorage.Open(target.Options);
        await using var two = ArgusStorage.Open(target.Options);

        var results = await Task.WhenAll(one.MigrateAsync(Token), two.MigrateAsync(Token));

        // Each migration is applied by exactly one of the two.
        Assert.Equal(["0001_initial", "0002_latest_version_index", "0003_executions"], results.SelectMany(r => r.Applied).Order(StringComparer.Ordinal));
    }

    public sealed class OnSqlite : MigrationTests
    {
        protected override StorageTarget NewTarget() => new SqliteTarget();
    }

    public sealed class OnPostgres : MigrationTests
    {
        protected override StorageTarget NewTarget() => new PostgresTarget();
    }
}
