using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Argus.Cacao.Validation;
using Argus.Storage.Access;
using Argus.Storage.Audit;
using Argus.Storage.Classification;
using Argus.Storage.Playbooks;
using Dapper;

namespace Argus.Storage.Sql;

internal sealed partial class SqlPlaybookLibrary
{
    public const string VersionConflictCode = "version.conflict";

    public async Task<ImportResult> ImportAsync(AccessScope scope, ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);

        // Validation and extraction happen before any connection is opened: a rejected document touches nothing.
        var report = validator.Validate(request.Document);
        if (!report.IsValid)
        {
            return new ImportResult.Rejected(report);
        }

        using var parsed = JsonDocument.Parse(request.Document);
        var root = parsed.RootElement;
        if (!PlaybookMetadataReader.TryReadKey(root, out var playbookId, out var modified, out var modifiedAt, out var keyIssue))
        {
            return new ImportResult.Rejected(new ValidationReport([.. report.Issues, keyIssue]));
        }

        var classification = request.Classification ?? MarkingClassification.Find(root) ?? ClearanceLevel.Unclassified;
        if (classification > scope.Clearance)
        {
            return new ImportResult.Forbidden(classification, scope.Clearance);
        }

        var candidate = new Candidate(
            playbookId,
            modified,
            MicroTime.From(modifiedAt),
            Convert.ToHexStringLower(SHA256.HashData(request.Document.Span)),
            PlaybookMetadataReader.Read(root, report),
            classification);
        return await StoreAsync(scope, request, candidate, report, cancellationToken).ConfigureAwait(false);
    }

    // Round trips on PostgreSQL: (BEGIN + scope + head lock + existing version), (version + audit event + head in one
    // statement), COMMIT. The organisation row lock still serialises the imports of one organisation.
    private async Task<ImportResult> StoreAsync(
        AccessScope scope, ImportRequest request, Candidate candidate, ValidationReport report, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await Dialect.BeginUnscopedAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var now = database.Time.GetUtcNow();
                var (head, existing) = await LockAndFindAsync(connection, transaction, scope, candidate, cancellationToken).ConfigureAwait(false);
                if (head is null)
                {
                    // A first import of the organisation: a concurrent first import may have created it and stored this
                    // key since the batch read it without the lock, so the version is read again under the lock.
                    await EnsureOrganisationAsync(connection, transaction, scope.Organisation, now, cancellationToken).ConfigureAwait(false);
                    head = await AuditWriter.LockAsync(Dialect, connection, transaction, scope.Organisation, cancellationToken).ConfigureAwait(false);
                    existing = await FindAsync(connection, transaction, scope, candidate.PlaybookId, candidate.Modified, cancellationToken).ConfigureAwait(false);
                }

                if (existing is not null)
                {
                    return existing.Sha256 == candidate.Sha256
                        ? new ImportResult.Unchanged(existing)
                        : Conflict(candidate);
                }

                var audit = AuditWriter.Next(head, scope.Organisation, scope.UserName, AuditActions.Import, candidate.PlaybookId,
                    new Dictionary<string, string>
                    {
                        ["modified"] = candidate.Modified,
                        ["sha256"] = candidate.Sha256,
                        ["classification"] = candidate.Classification.ToName(),
                        ["status"] = request.Status.ToName(),
                    },
                    now);
                var inserted = await InsertAsync(connection, transaction, scope, request, candidate, audit, now, cancellationToken).ConfigureAwait(false);
                if (!inserted)
                {
                    // The key exists above the importer's clearance: the same answer as any conflict, nothing more.
                    return Conflict(candidate);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new ImportResult.Stored(candidate.ToVersion(scope, request, now), report);
            }
        }
    }

    /// <summary>
    /// The first command of an import's transaction: the scope settings, the head lock and the version under the same
    /// key, in one batch (the lock is taken before the version is read). The head is null when the organisation is new.
    /// </summary>
    private async Task<(AuditHead? Head, PlaybookVersion? Existing)> LockAndFindAsync(
        DbConnection connection, DbTransaction transaction, AccessScope scope, Candidate candidate, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new
        {
            org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId = candidate.PlaybookId, modified = candidate.Modified,
        });
        Dialect.AddScope(parameters, scope.Organisation, scope.Clearance);
        var sql = $"""
                   {Dialect.ScopeStatement}{AuditWriter.LockSql(Dialect)};
                   SELECT {VersionRow.Columns} FROM playbook_versions v
                   WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId AND v.modified = @modified;
                   """;
        var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using (grid.ConfigureAwait(false))
        {
            await Dialect.SkipScopeAsync(grid).ConfigureAwait(false);
            var head = await grid.ReadSingleOrDefaultAsync<AuditHead>().ConfigureAwait(false);
            var row = await grid.ReadSingleOrDefaultAsync<VersionRow>().ConfigureAwait(false);
            return (head, row?.ToVersion());
        }
    }

    internal static Task EnsureOrganisationAsync(
        DbConnection connection, DbTransaction transaction, OrganisationId organisation, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO organisations (id, display_name, created_us) VALUES (@org, @org, @now) ON CONFLICT (id) DO NOTHING",
            new { org = organisation.Value, now = MicroTime.From(now) },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// Inserts the version and, when it was inserted, appends <paramref name="audit"/> and moves the head: one statement
    /// where the dialect allows writes in a WITH clause, else two.
    /// </summary>
    private async Task<bool> InsertAsync(
        DbConnection connection, DbTransaction transaction, AccessScope scope, ImportRequest request, Candidate candidate, PendingAuditEvent audit,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(InsertParameters(scope, request, candidate, now));
        if (!Dialect.HasWritingCte)
        {
            var key = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                InsertVersionSql + " RETURNING version_key", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (key.HasValue)
            {
                await AuditWriter.WriteAsync(connection, transaction, audit, cancellationToken).ConfigureAwait(false);
            }

            return key.HasValue;
        }

        AuditWriter.Bind(parameters, audit);
        var inserted = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            $"""
             WITH inserted AS ({InsertVersionSql} RETURNING version_key),
             appended AS (
                 INSERT INTO audit_events (organisation_id, sequence, occurred_us, actor, action, subject, details, previous_hash, hash)
                 SELECT @org, @sequence, @occurredUs, @actor, @action, @subject, @details, @previous, @hash FROM inserted),
             moved AS (
                 UPDATE organisations SET audit_head_seq = @sequence, audit_head_hash = @hash
                 WHERE id = @org AND EXISTS (SELECT 1 FROM inserted))
             SELECT version_key FROM inserted
             """,
            parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return inserted.HasValue;
    }

    private string InsertVersionSql =>
        $"""
             INSERT INTO playbook_versions (
                 organisation_id, playbook_id, modified, modified_us, document, sha256, size_bytes, name, description,
                 playbook_types, labels, created, created_by, revoked, valid_from, valid_until, playbook_variables, markings,
                 processing_summary, step_count, validation_warnings, classification, status, version_label, author,
                 importer, imported_us, status_changed_by, status_changed_us)
             VALUES (
                 @org, @playbookId, @modified, @modifiedUs, @document, @sha256, @sizeBytes, @name, @description,
                 {Dialect.JsonValue("@playbookTypes")}, {Dialect.JsonValue("@labels")}, @created, @createdBy, @revoked, @validFrom, @validUntil,
                 {Dialect.JsonValue("@variables")}, {Dialect.JsonValue("@markings")}, {Dialect.JsonValue("@processingSummary")}, @stepCount,
                 {Dialect.JsonValue("@warnings")}, @classification, @status, @versionLabel, @author,
                 @importer, @now, @importer, @now)
             ON CONFLICT (organisation_id, playbook_id, modified) DO NOTHING
         """;

    private static object InsertParameters(AccessScope scope, ImportRequest request, Candidate candidate, DateTimeOffset now)
    {
        var metadata = candidate.Metadata;
        return new
        {
            org = scope.Organisation.Value,
            playbookId = candidate.PlaybookId,
            modified = candidate.Modified,
            modifiedUs = candidate.ModifiedUs,
            document = request.Document.ToArray(),
            sha256 = candidate.Sha256,
            sizeBytes = request.Document.Length,
            name = metadata.Name,
            description = metadata.Description,
            playbookTypes = VersionRow.Write(metadata.PlaybookTypes),
            labels = VersionRow.Write(metadata.Labels),
            created = metadata.Created,
            createdBy = metadata.CreatedBy,
            revoked = metadata.Revoked,
            validFrom = metadata.ValidFrom,
            validUntil = metadata.ValidUntil,
            variables = VersionRow.Write(metadata.Variables),
            markings = VersionRow.Write(metadata.Markings),
            processingSummary = VersionRow.Write(metadata.ProcessingSummary),
            stepCount = metadata.StepCount,
            warnings = VersionRow.Write(metadata.ValidationWarnings),
            classification = (int)candidate.Classification,
            status = request.Status.ToName(),
            versionLabel = request.VersionLabel,
            author = request.Author,
            importer = scope.UserName,
            now = MicroTime.From(now),
        };
    }

    private static ImportResult.Conflict Conflict(Candidate candidate) =>
        new(new ValidationIssue("/modified", VersionConflictCode, IssueSeverity.Error, string.Create(CultureInfo.InvariantCulture,
            $"Version {candidate.Modified} of {candidate.PlaybookId} is already stored with different content; a changed playbook needs a new 'modified'.")));

    private sealed record Candidate(
        string PlaybookId, string Modified, long ModifiedUs, string Sha256, PlaybookMetadata Metadata, ClearanceLevel Classification)
    {
        // What was just inserted, without reading it back; timestamps at the stored (microsecond) precision.
        public PlaybookVersion ToVersion(AccessScope scope, ImportRequest request, DateTimeOffset now) => new()
        {
            Organisation = scope.Organisation,
            PlaybookId = PlaybookId,
            Modified = Modified,
            Sha256 = Sha256,
            SizeBytes = request.Document.Length,
            Metadata = Metadata,
            Classification = Classification,
            Status = request.Status,
            VersionLabel = request.VersionLabel,
            Author = request.Author,
            Importer = scope.UserName,
            ImportedAt = MicroTime.To(MicroTime.From(now)),
            StatusChangedBy = scope.UserName,
            StatusChangedAt = MicroTime.To(MicroTime.From(now)),
        };
    }
}
