using System.Data.Common;
using System.Text.Json;
using Argus.Storage.Access;
using Argus.Storage.Actuators;
using Dapper;

namespace Argus.Storage.Sql;

internal sealed partial class SqlActuatorStore
{
    public async Task<ActuatorWriteResult> CreateAsync(AccessScope scope, NewActuator actuator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(actuator);
        // Validation (certificate parsing included) happens before any connection is opened: rejected input touches nothing.
        var (validated, issues) = ActuatorValidator.Validate(ActuatorDraft.From(actuator));
        if (validated is null)
        {
            return new ActuatorWriteResult.Rejected(issues);
        }

        var now = database.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var values = new SecretColumns(
            ActuatorColumnValues.Of(actuator.Authentication.Kind),
            secrets.SealAuthentication(scope.Organisation, id, actuator.Authentication),
            actuator.ClientCertificate is null ? null : secrets.SealClientCertificate(scope.Organisation, id, actuator.ClientCertificate),
            validated.NewClientCertificate);
        return await WriteAsync(scope, now, async (connection, transaction) =>
        {
            if (await NameTakenAsync(connection, transaction, scope.Organisation, validated.Name, id, cancellationToken).ConfigureAwait(false))
            {
                return (Duplicate(validated.Name), null);
            }

            var parameters = Parameters(scope, id, validated, values, now);
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                 INSERT INTO actuators (id, organisation_id, name, endpoint, transfer_version, path, actuator_member, profiles, environment,
                     timeout_ms, authentication, authentication_secret, client_certificate_secret, client_certificate_subject,
                     client_certificate_sha256, client_certificate_not_after_us, trusted_ca_pem, pinned_server_sha256,
                     created_by, created_us, updated_by, updated_us)
                 VALUES (@id, @org, @name, @endpoint, @transfer, @path, @member, {Dialect.JsonValue("@profiles")}, @environment,
                     @timeoutMs, @authentication, @authenticationSecret, @certificateSecret, @certificateSubject,
                     @certificateSha256, @certificateNotAfterUs, @trustedCaPem, @pin, @by, @now, @by, @now)
                 """,
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var details = Describe(validated, values);
            return (null, new AuditEntry(ActuatorAuditActions.Create, id, details));
        }, id, cancellationToken).ConfigureAwait(false) ?? new ActuatorWriteResult.NotFound();
    }

    public async Task<ActuatorWriteResult> UpdateAsync(AccessScope scope, Guid id, ActuatorChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(changes);
        var now = database.Time.GetUtcNow();
        return await WriteAsync(scope, now, async (connection, transaction) =>
        {
            var row = await FindAsync(connection, transaction, scope.Organisation, id, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return (new ActuatorWriteResult.NotFound(), null);
            }

            var current = row.ToActuator();
            var (validated, issues) = ActuatorValidator.Validate(ActuatorDraft.From(current, changes));
            if (validated is null)
            {
                return (new ActuatorWriteResult.Rejected(issues), null);
            }

            if (await NameTakenAsync(connection, transaction, scope.Organisation, validated.Name, id, cancellationToken).ConfigureAwait(false))
            {
                return (Duplicate(validated.Name), null);
            }

            var draft = validated.Draft;
            var values = new SecretColumns(
                draft.Authentication is null ? row.Authentication : ActuatorColumnValues.Of(draft.Authentication.Kind),
                draft.Authentication is null ? row.AuthenticationSecret : secrets.SealAuthentication(scope.Organisation, id, draft.Authentication),
                draft.ClientCertificate is not null ? secrets.SealClientCertificate(scope.Organisation, id, draft.ClientCertificate)
                    : draft.KeepsClientCertificate ? row.ClientCertificateSecret : null,
                draft.ClientCertificate is not null ? validated.NewClientCertificate
                    : draft.KeepsClientCertificate ? current.ClientCertificate : null);
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                 UPDATE actuators SET name = @name, endpoint = @endpoint, transfer_version = @transfer, path = @path, actuator_member = @member,
                     profiles = {Dialect.JsonValue("@profiles")}, environment = @environment, timeout_ms = @timeoutMs, authentication = @authentication,
                     authentication_secret = @authenticationSecret, client_certificate_secret = @certificateSecret,
                     client_certificate_subject = @certificateSubject, client_certificate_sha256 = @certificateSha256,
                     client_certificate_not_after_us = @certificateNotAfterUs, trusted_ca_pem = @trustedCaPem, pinned_server_sha256 = @pin,
                     updated_by = @by, updated_us = @now
                 WHERE organisation_id = @org AND id = @id
                 """,
                Parameters(scope, id, validated, values, now), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var details = Describe(validated, values);
            details["changed"] = string.Join(",", Changed(current, changes));
            return (null, new AuditEntry(ActuatorAuditActions.Update, id, details));
        }, id, cancellationToken).ConfigureAwait(false) ?? new ActuatorWriteResult.NotFound();
    }

    public async Task<bool> DeleteAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var result = await WriteAsync(scope, database.Time.GetUtcNow(), async (connection, transaction) =>
        {
            var row = await FindAsync(connection, transaction, scope.Organisation, id, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return (new ActuatorWriteResult.NotFound(), null);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM actuators WHERE organisation_id = @org AND id = @id",
                new { org = scope.Organisation.Value, id = id.ToString("D") }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return (null, new AuditEntry(ActuatorAuditActions.Delete, id, new Dictionary<string, string> { ["name"] = row.Name }));
        }, null, cancellationToken).ConfigureAwait(false);
        return result is null;
    }

    /// <summary>
    /// One write transaction: the organisation row (created if needed) locked as the audit chain's head, the change, its
    /// audit event, and the row read back (null when <paramref name="readBack"/> is null). A change that answers a result
    /// instead rolls back and writes nothing.
    /// </summary>
    private async Task<ActuatorWriteResult?> WriteAsync(
        AccessScope scope,
        DateTimeOffset now,
        Func<DbConnection, DbTransaction, Task<(ActuatorWriteResult? Answer, AuditEntry? Audit)>> change,
        Guid? readBack,
        CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await SqlPlaybookLibrary.EnsureOrganisationAsync(connection, transaction, scope.Organisation, now, cancellationToken).ConfigureAwait(false);
                var head = await AuditWriter.LockAsync(Dialect, connection, transaction, scope.Organisation, cancellationToken).ConfigureAwait(false);
                var (answer, audit) = await change(connection, transaction).ConfigureAwait(false);
                if (answer is not null || audit is null)
                {
                    return answer ?? new ActuatorWriteResult.NotFound();
                }

                await AuditWriter.AppendAsync(connection, transaction, head, scope.Organisation, scope.UserName, audit.Action, audit.Id.ToString("D"),
                    audit.Details, now, cancellationToken).ConfigureAwait(false);
                ActuatorWriteResult? result = null;
                if (readBack is { } id)
                {
                    var row = await FindAsync(connection, transaction, scope.Organisation, id, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("The actuator just written cannot be read back.");
                    result = new ActuatorWriteResult.Saved(row.ToActuator());
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private static ActuatorWriteResult.Rejected Duplicate(string name) =>
        new([new ActuatorIssue("name", ActuatorIssueCodes.DuplicateName, $"The organisation already has an actuator named '{name}'.")]);

    private static DynamicParameters Parameters(AccessScope scope, Guid id, ValidatedActuator validated, SecretColumns values, DateTimeOffset now)
    {
        var draft = validated.Draft;
        return new DynamicParameters(new
        {
            id = id.ToString("D"),
            org = scope.Organisation.Value,
            name = validated.Name,
            endpoint = validated.Endpoint.GetLeftPart(UriPartial.Authority),
            transfer = ActuatorColumnValues.Of(draft.TransferVersion),
            path = draft.Path,
            member = ActuatorColumnValues.Of(draft.ActuatorMember),
            profiles = JsonSerializer.Serialize(draft.Profiles.ToArray()),
            environment = ActuatorColumnValues.Of(draft.Environment),
            timeoutMs = (long)draft.Timeout.TotalMilliseconds,
            authentication = values.Authentication,
            authenticationSecret = values.AuthenticationSecret,
            certificateSecret = values.CertificateSecret,
            certificateSubject = values.Certificate?.Subject,
            certificateSha256 = values.Certificate?.Sha256,
            certificateNotAfterUs = values.Certificate is { } info ? MicroTime.From(info.NotAfter) : (long?)null,
            trustedCaPem = draft.TrustedCertificateAuthorityPem,
            pin = validated.PinnedServerCertificateSha256,
            by = scope.UserName,
            now = MicroTime.From(now),
        });
    }

    // Audit details name what is configured, never a secret value.
    private static Dictionary<string, string> Describe(ValidatedActuator validated, SecretColumns values) => new()
    {
        ["name"] = validated.Name,
        ["endpoint"] = validated.Endpoint.GetLeftPart(UriPartial.Authority),
        ["environment"] = ActuatorColumnValues.Of(validated.Draft.Environment),
        ["transferVersion"] = ActuatorColumnValues.Of(validated.Draft.TransferVersion),
        ["authentication"] = values.Authentication,
        ["clientCertificateSha256"] = values.Certificate?.Sha256 ?? "",
        ["pinned"] = validated.PinnedServerCertificateSha256 is null ? "false" : "true",
    };

    private static IEnumerable<string> Changed(StoredActuator current, ActuatorChanges changes)
    {
        if (changes.Name is not null && changes.Name != current.Name) yield return "name";
        if (changes.Endpoint is not null) yield return "endpoint";
        if (changes.TransferVersion is { } transfer && transfer != current.TransferVersion) yield return "transferVersion";
        if (changes.Path is not null) yield return "path";
        if (changes.ActuatorMember is { } member && member != current.ActuatorMember) yield return "actuatorMember";
        if (changes.Profiles is not null) yield return "profiles";
        if (changes.Environment is { } environment && environment != current.Environment) yield return "environment";
        if (changes.Timeout is { } timeout && timeout != current.Timeout) yield return "timeout";
        if (changes.Authentication is not null) yield return "authentication";
        if (changes.ClientCertificate is not null || changes.RemoveClientCertificate) yield return "clientCertificate";
        if (changes.TrustedCertificateAuthorityPem is not null) yield return "trustedCertificateAuthorityPem";
        if (changes.PinnedServerCertificateSha256 is not null) yield return "pinnedServerCertificateSha256";
    }

    private sealed record SecretColumns(string Authentication, byte[]? AuthenticationSecret, byte[]? CertificateSecret, ActuatorCertificateInfo? Certificate);

    private sealed record AuditEntry(string Action, Guid Id, Dictionary<string, string> Details);
}
