using Argus.Server.Authorization;
using Argus.Storage.Playbooks;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>CacaoPlaybook</c>: one stored version with its metadata; the root field already checked the
/// caller, and storage scopes <c>versions</c> and <c>document</c> again.</summary>
public sealed class CacaoPlaybookType : ObjectGraphType<PlaybookVersion>
{
    public CacaoPlaybookType()
    {
        Name = "CacaoPlaybook";
        Description = "One stored version of a CACAO v2.0 playbook.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("id").Description("The CACAO id.").Resolve(c => c.Source.PlaybookId);
        Field<NonNullGraphType<StringGraphType>>("modified").Description("The version's modified, as written; the version key.")
            .Resolve(c => c.Source.Modified);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Metadata.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Metadata.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("playbookTypes").Resolve(c => c.Source.Metadata.PlaybookTypes.ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("labels").Resolve(c => c.Source.Metadata.Labels.ToArray());
        Field<StringGraphType>("created").Resolve(c => c.Source.Metadata.Created);
        Field<StringGraphType>("createdBy").Resolve(c => c.Source.Metadata.CreatedBy);
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Resolve(c => c.Source.Metadata.Revoked);
        Field<StringGraphType>("validFrom").Resolve(c => c.Source.Metadata.ValidFrom);
        Field<StringGraphType>("validUntil").Resolve(c => c.Source.Metadata.ValidUntil);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markings").Resolve(c => c.Source.Metadata.Markings.ToArray());
        Field<NonNullGraphType<IntGraphType>>("stepCount").Resolve(c => c.Source.Metadata.StepCount);
        Field<NonNullGraphType<ClassificationLevelType>>("classification").Resolve(c => (ClassificationLevel)(int)c.Source.Classification);
        Field<NonNullGraphType<PlaybookStatusType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("versionString").Description("Argus's free-form version string, when one was given.")
            .Resolve(c => c.Source.VersionLabel);
        Field<StringGraphType>("author").Resolve(c => c.Source.Author);
        Field<NonNullGraphType<StringGraphType>>("importer").Resolve(c => c.Source.Importer);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("importedAt").Resolve(c => c.Source.ImportedAt);
        Field<NonNullGraphType<StringGraphType>>("statusChangedBy").Resolve(c => c.Source.StatusChangedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("statusChangedAt").Resolve(c => c.Source.StatusChangedAt);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("Lower-case hex SHA-256 of the stored bytes.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<IntGraphType>>("sizeBytes").Resolve(c => c.Source.SizeBytes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValidationIssueType>>>>("warnings")
            .Description("The validator's warnings at import.").Resolve(c => c.Source.Metadata.ValidationWarnings.ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CacaoPlaybookType>>>>("versions")
            .Description("Every version of this playbook the caller may see, newest first.")
            .ResolveAsync(async c =>
            {
                var scope = await c.GetAccessScopeAsync().ConfigureAwait(false);
                var library = c.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                return (await library.GetVersionsAsync(scope, c.Source.PlaybookId, c.CancellationToken).ConfigureAwait(false)).ToArray();
            });
        Field<StringGraphType>("document")
            .Description("The stored JSON text, exactly as imported.")
            .ResolveAsync(async c =>
            {
                var scope = await c.GetAccessScopeAsync().ConfigureAwait(false);
                var library = c.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                // A read inside Argus, not an interop export: ReadDocumentAsync writes no audit event (exportCacaoPlaybook does).
                var document = await library.ReadDocumentAsync(scope, c.Source.PlaybookId, c.Source.Modified, c.CancellationToken)
                    .ConfigureAwait(false);
                return document is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes.Span) : null;
            });
    }
}
