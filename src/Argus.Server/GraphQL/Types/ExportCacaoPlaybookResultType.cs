using Argus.Server.Authorization;
using Argus.Storage.Playbooks;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExportCacaoPlaybookResult</c>: the document text, or <c>found: false</c> for a missing or
/// hidden version (the same answer).</summary>
public sealed class ExportCacaoPlaybookResultType : ObjectGraphType<ExportResult>
{
    public ExportCacaoPlaybookResultType()
    {
        Name = "ExportCacaoPlaybookResult";
        Description = "A CACAO v2.0 document for another tool; found is false when the caller may see no such version.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<BooleanGraphType>>("found").Resolve(c => c.Source is ExportResult.Exported);
        Field<StringGraphType>("document").Description("The stored bytes as text, unchanged unless redacted.")
            .Resolve(c => c.Source is ExportResult.Exported exported ? System.Text.Encoding.UTF8.GetString(exported.Document.Span) : null);
        Field<NonNullGraphType<BooleanGraphType>>("redacted").Description("True when secrets were removed (the text is then re-serialised).")
            .Resolve(c => c.Source is ExportResult.Exported { IsRedacted: true });
        Field<CacaoPlaybookType>("playbook").Resolve(c => c.Source is ExportResult.Exported exported ? exported.Version : null);
    }
}
