using System.Data.Common;
using System.Globalization;
using Argus.Storage.Access;
using Argus.Storage.Sql;
using Dapper;
using Npgsql;

namespace Argus.Storage.Postgres;

/// <summary>
/// The server provider. Each transaction carries the caller's organisation and clearance as the settings
/// <c>argus.org</c> / <c>argus.clearance</c>, read by the row-level-security policies of the migrations.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    // A fixed key for pg_advisory_xact_lock, so two processes never run the migrations at once.
    private const long MigrationLockKey = 0x4172_6775_734D_6967;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            // The library sends a handful of fixed statements: prepared once per connection, they skip parse and plan.
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string MigrationResourcePrefix => "Argus.Storage.Postgres.Migrations.";

    public override string ForUpdate => " FOR UPDATE";

    public override string ForUpdateSkipLocked => " FOR UPDATE SKIP LOCKED";

    public override string Like => "ILIKE";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginAsync(
        DbConnection connection, OrganisationId? organisation, ClearanceLevel clearance, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT set_config('argus.org', @org, true), set_config('argus.clearance', @clearance, true)";
        command.Parameters.Add(new NpgsqlParameter("org", organisation?.Value ?? ""));
        command.Parameters.Add(new NpgsqlParameter("clearance", ((int)clearance).ToString(CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    public override async Task<DbTransaction> BeginWorkerAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT set_config('argus.worker', 'on', true)";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    // Npgsql sends BEGIN with the transaction's first command, so the scope, BEGIN and the first query share a round trip.
    public override string ScopeStatement => "SELECT set_config('argus.org', @scopeOrg, true), set_config('argus.clearance', @scopeClearance, true);\n";

    public override void AddScope(DynamicParameters parameters, OrganisationId? organisation, ClearanceLevel clearance)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("scopeOrg", organisation?.Value ?? "");
        parameters.Add("scopeClearance", ((int)clearance).ToString(CultureInfo.InvariantCulture));
    }

    public override async Task SkipScopeAsync(SqlMapper.GridReader grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        await grid.ReadAsync().ConfigureAwait(false);
    }

    public override bool HasWritingCte => true;

    public override async Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string JsonValue(string parameter) => $"CAST({parameter} AS jsonb)";

    public override string JsonArrayContains(string column, string parameter) =>
        $"{column} @> jsonb_build_array(CAST({parameter} AS text))";

    public override string IsIn(string column, string parameter) => $"{column} = ANY({parameter})";

    public override string JsonArrayElements(string column) => $"jsonb_array_elements_text({column}) AS t(value)";

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
