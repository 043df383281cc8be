using System.Collections.Immutable;
using System.Data.Common;
using Argus.Storage.Access;
using Argus.Storage.Actuators;
using Dapper;

namespace Argus.Storage.Sql;

/// <summary>
/// <see cref="IActuatorStore"/> on SQL: every statement names the organisation in its WHERE clause, and on PostgreSQL the
/// row-level-security policy of <c>actuators</c> repeats it. Reads here; writes in <c>SqlActuatorStore.Write.cs</c>.
/// </summary>
internal sealed partial class SqlActuatorStore(SqlDatabase database, ActuatorSecrets secrets) : IActuatorStore
{
    private SqlDialect Dialect => database.Dialect;

    public async Task<StoredActuator?> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await ReadAsync(scope, ActuatorRow.Columns, id, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].ToActuator();
    }

    public async Task<ImmutableArray<StoredActuator>> ListAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await ReadAsync(scope, ActuatorRow.Columns, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToActuator())];
    }

    public async Task<ActuatorWithCredentials?> GetWithCredentialsAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await ReadAsync(scope, ActuatorRow.ColumnsWithSecrets, id, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : new ActuatorWithCredentials(rows[0].ToActuator(), secrets.Open(rows[0]));
    }

    public async Task<ImmutableArray<ActuatorWithCredentials>> ListWithCredentialsAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await ReadAsync(scope, ActuatorRow.ColumnsWithSecrets, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new ActuatorWithCredentials(r.ToActuator(), secrets.Open(r)))];
    }

    /// <summary>One actuator (by id) or all of the organisation (by name), in one round trip with the scope settings.</summary>
    private async Task<List<ActuatorRow>> ReadAsync(AccessScope scope, string columns, Guid? id, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { org = scope.Organisation.Value, id = id?.ToString("D") });
        Dialect.AddScope(parameters, scope.Organisation, scope.Clearance);
        var sql = $"SELECT {columns} FROM actuators a WHERE a.organisation_id = @org"
                  + (id is null ? " ORDER BY a.name, a.id" : " AND a.id = @id");
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var grid = await connection.QueryMultipleAsync(new CommandDefinition(
                Dialect.ScopeStatement + sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await using (grid.ConfigureAwait(false))
            {
                await Dialect.SkipScopeAsync(grid).ConfigureAwait(false);
                return (await grid.ReadAsync<ActuatorRow>().ConfigureAwait(false)).AsList();
            }
        }
    }

    private static async Task<ActuatorRow?> FindAsync(
        DbConnection connection, DbTransaction transaction, OrganisationId organisation, Guid id, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<ActuatorRow>(new CommandDefinition(
            $"SELECT {ActuatorRow.ColumnsWithSecrets} FROM actuators a WHERE a.organisation_id = @org AND a.id = @id",
            new { org = organisation.Value, id = id.ToString("D") }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

    private static async Task<bool> NameTakenAsync(
        DbConnection connection, DbTransaction transaction, OrganisationId organisation, string name, Guid except, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM actuators WHERE organisation_id = @org AND name = @name AND id <> @id",
            new { org = organisation.Value, name, id = except.ToString("D") }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
}
