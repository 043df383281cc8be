using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ImportOutcome</c>.</summary>
public sealed class ImportOutcomeType : EnumerationGraphType<ImportOutcome>
{
    public ImportOutcomeType()
    {
        Name = "ImportOutcome";
        Description = "STORED (new version), UNCHANGED (same bytes already stored), REJECTED (validation errors), CONFLICT (same id and modified, other bytes), FORBIDDEN (classified above the importer's clearance).";
    }
}
