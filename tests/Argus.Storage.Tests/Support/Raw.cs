using System.Data.Common;
using System.Globalization;
using Argus.Storage.Access;
using Npgsql;

namespace Argus.Storage.Tests.Support;

/// <summary>Plain SQL under the library, for tests that inspect or tamper with rows.</summary>
public static class Raw
{
    /// <summary>Sets the row-level-security settings on PostgreSQL (nothing to do on SQLite).</summary>
    public static async Task SetScopeAsync(
        DbConnection connection, DbTransaction transaction, OrganisationId organisation, ClearanceLevel clearance, CancellationToken cancellationToken)
    {
        if (connection is NpgsqlConnection)
        {
            await ExecuteAsync(connection, transaction,
                $"SELECT set_config('argus.org', '{organisation.Value}', true), set_config('argus.clearance', '{((int)clearance).ToString(CultureInfo.InvariantCulture)}', true)",
                cancellationToken);
        }
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<T> ScalarAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }
}
