using System.Data.Common;
using System.Globalization;
using Argus.Storage.Access;
using Argus.Storage.Sql;
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

    public PostgresDialect(string connectionString) => _dataSource = NpgsqlDataSource.Create(connectionString);

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string MigrationResourcePrefix => "Argus.Storage.Postgres.Migrations.";

    public override string ForUpdate => " FOR UPDATE";

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

    public override string JsonArrayElements(string column) => $"jsonb_array_elements_text({column}) AS t(value)";

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
