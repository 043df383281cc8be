using Argus.Cacao.Validation;
using Argus.Server.Authorization;
using Argus.Storage.Playbooks;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ImportCacaoPlaybookResult</c>: every outcome of an import as data, never a GraphQL error.</summary>
public sealed class ImportCacaoPlaybookResultType : ObjectGraphType<ImportResult>
{
    public ImportCacaoPlaybookResultType()
    {
        Name = "ImportCacaoPlaybookResult";
        Description = "The outcome of importCacaoPlaybook. Nothing is written unless the outcome is STORED.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<ImportOutcomeType>>("outcome").Resolve(c => c.Source switch
        {
            ImportResult.Stored => ImportOutcome.Stored,
            ImportResult.Unchanged => ImportOutcome.Unchanged,
            ImportResult.Rejected => ImportOutcome.Rejected,
            ImportResult.Conflict => ImportOutcome.Conflict,
            _ => ImportOutcome.Forbidden,
        });
        Field<CacaoPlaybookType>("playbook").Description("The stored version (STORED or UNCHANGED).").Resolve(c => c.Source switch
        {
            ImportResult.Stored stored => stored.Version,
            ImportResult.Unchanged unchanged => unchanged.Version,
            _ => null,
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValidationIssueType>>>>("issues")
            .Description("Errors (REJECTED), warnings (STORED) or the version.conflict issue (CONFLICT).")
            .Resolve(c => Issues(c.Source));
        Field<ClassificationLevelType>("classification").Description("The document's classification (FORBIDDEN).")
            .Resolve(c => c.Source is ImportResult.Forbidden forbidden ? (ClassificationLevel)(int)forbidden.Classification : null);
    }

    private static ValidationIssue[] Issues(ImportResult result) => result switch
    {
        ImportResult.Stored stored => [.. stored.Report.Issues],
        ImportResult.Rejected rejected => [.. rejected.Report.Issues],
        ImportResult.Conflict conflict => [conflict.Issue],
        _ => [],
    };
}
