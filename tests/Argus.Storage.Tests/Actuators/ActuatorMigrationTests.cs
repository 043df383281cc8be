using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Actuators;

/// <summary>
/// Migration 0004 stands alone: the runner checks each version by itself, so a database that lacks 0004 gets it
/// whatever its other versions, and a 0003 added later is applied after it the same way. Run on both providers.
/// </summary>
public abstract class ActuatorMigrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract StorageTarget NewTarget();

    [Fact]
    public async Task MigrateAsync_DatabaseWithoutVersion4_AppliesOnlyTheActuatorsMigration()
    {
        await using var target = NewTarget();
        await using (var first = ArgusStorage.Open(target.Options))
        {
            await first.MigrateAsync(Token);
        }

        await using (var connection = await target.OpenRawAsync(Token))
        {
            await Raw.ExecuteAsync(connection, null, "DROP TABLE actuators", Token);
            await Raw.ExecuteAsync(connection, null, "DELETE FROM schema_migrations WHERE version = 4", Token);
        }

        await using var second = ArgusStorage.Open(target.Options);
        var result = await second.MigrateAsync(Token);

        Assert.Equal(["0004_actuators"], result.Applied);
        Assert.Equal(4, result.CurrentVersion);
        Assert.Empty(await second.Actuators.ListAsync(Scopes.Admin(Scopes.NewOrganisation()), Token));
    }

    public sealed class OnSqlite : ActuatorMigrationTests
    {
        protected override StorageTarget NewTarget() => new SqliteTarget();
    }

    public sealed class OnPostgres : ActuatorMigrationTests
    {
        protected override StorageTarget NewTarget() => new PostgresTarget();
    }
}
