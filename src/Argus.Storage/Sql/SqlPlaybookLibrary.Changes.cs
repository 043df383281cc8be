using Argus.Storage.Access;
using Argus.Storage.Audit;
using Argus.Storage.Playbooks;
using Dapper;

namespace Argus.Storage.Sql;

internal sealed partial class SqlPlaybookLibrary
{
    public async Task<ExportResult> ExportAsync(AccessScope scope, ExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var version = await FindAsync(connection, transaction, scope, request.PlaybookId, request.Modified, cancellationToken).ConfigureAwait(false);
                if (version is null)
                {
                    return new ExportResult.NotFound();
                }

                var head = await AuditWriter.LockAsync(Dialect, connection, transaction, scope.Organisation, cancellationToken).ConfigureAwait(false);
                var document = await connection.QuerySingleAsync<byte[]>(new CommandDefinition(
                    "SELECT v.document FROM playbook_versions v WHERE " + VisibleTo("v") + " AND v.playbook_id = @playbookId AND v.modified = @modified",
                    new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId = version.PlaybookId, modified = version.Modified },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                var output = request.RedactSecrets ? SecretRedactor.Redact(document) : document;
                await AuditWriter.AppendAsync(connection, transaction, head, scope.Organisation, scope.UserName, AuditActions.InteropExport,
                    version.PlaybookId,
                    new Dictionary<string, string>
                    {
                        ["modified"] = version.Modified,
                        ["sha256"] = version.Sha256,
                        ["classification"] = version.Classification.ToName(),
                        ["redacted"] = request.RedactSecrets ? "true" : "false",
                    },
                    database.Time.GetUtcNow(),
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new ExportResult.Exported(version, output, request.RedactSecrets);
            }
        }
    }

    public async Task<StatusChangeResult> SetStatusAsync(
        AccessScope scope, string playbookId, string modified, PlaybookStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(playbookId);
        ArgumentNullException.ThrowIfNull(modified);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var current = await FindAsync(connection, transaction, scope, playbookId, modified, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    return new StatusChangeResult.NotFound();
                }

                if (!PlaybookStatusNames.CanChange(current.Status, status))
                {
                    return new StatusChangeResult.InvalidTransition(current.Status, status);
                }

                var head = await AuditWriter.LockAsync(Dialect, connection, transaction, scope.Organisation, cancellationToken).ConfigureAwait(false);
                var now = database.Time.GetUtcNow();
                var parameters = new
                {
                    org = scope.Organisation.Value,
                    clearance = (int)scope.Clearance,
                    playbookId,
                    modified,
                    from = current.Status.ToName(),
                    to = status.ToName(),
                    by = scope.UserName,
                    now = MicroTime.From(now),
                };
                await connection.ExecuteAsync(new CommandDefinition(
                    $"""
                     UPDATE playbook_versions SET status = @to, status_changed_by = @by, status_changed_us = @now
                     WHERE organisation_id = @org AND classification <= @clearance AND playbook_id = @playbookId AND modified = @modified;
                     INSERT INTO status_changes (organisation_id, version_key, from_status, to_status, changed_by, changed_us)
                     SELECT v.organisation_id, v.version_key, @from, @to, @by, @now FROM playbook_versions v
                     WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId AND v.modified = @modified;
                     """,
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await AuditWriter.AppendAsync(connection, transaction, head, scope.Organisation, scope.UserName, AuditActions.StatusChange, playbookId,
                    new Dictionary<string, string> { ["modified"] = modified, ["from"] = current.Status.ToName(), ["to"] = status.ToName() },
                    now,
                    cancellationToken).ConfigureAwait(false);
                var changed = await FindAsync(connection, transaction, scope, playbookId, modified, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The version just changed cannot be read back.");
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new StatusChangeResult.Changed(changed);
            }
        }
    }
}
