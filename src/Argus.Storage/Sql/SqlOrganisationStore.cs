using System.Collections.Immutable;
using Argus.Storage.Access;
using Argus.Storage.Organisations;
using Dapper;

namespace Argus.Storage.Sql;

internal sealed class SqlOrganisationStore(SqlDatabase database) : IOrganisationStore
{
    private const string Columns = "id AS Id, display_name AS DisplayName, created_us AS CreatedUs";

    public async Task<Organisation> EnsureAsync(OrganisationId id, string? displayName, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, AccessScope.Administrator(id, "organisations"), cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO organisations (id, display_name, created_us) VALUES (@id, @name, @now) ON CONFLICT (id) DO NOTHING",
                    new { id = id.Value, name = displayName ?? id.Value, now = MicroTime.From(database.Time.GetUtcNow()) },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                var row = await connection.QuerySingleAsync<OrganisationRow>(new CommandDefinition(
                    $"SELECT {Columns} FROM organisations WHERE id = @id", new { id = id.Value }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return row.ToOrganisation();
            }
        }
    }

    public async Task<Organisation?> GetAsync(OrganisationId id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<OrganisationRow>(new CommandDefinition(
                $"SELECT {Columns} FROM organisations WHERE id = @id", new { id = id.Value }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToOrganisation();
        }
    }

    public async Task<ImmutableArray<Organisation>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<OrganisationRow>(new CommandDefinition(
                $"SELECT {Columns} FROM organisations ORDER BY id", cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToOrganisation())];
        }
    }

    private sealed record OrganisationRow(string Id, string DisplayName, long CreatedUs)
    {
        public Organisation ToOrganisation() => new(OrganisationId.From(Id), DisplayName, MicroTime.To(CreatedUs));
    }
}
