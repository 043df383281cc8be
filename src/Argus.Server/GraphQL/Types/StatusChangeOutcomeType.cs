using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>StatusChangeOutcome</c>.</summary>
public sealed class StatusChangeOutcomeType : EnumerationGraphType<StatusChangeOutcome>
{
    public StatusChangeOutcomeType()
    {
        Name = "StatusChangeOutcome";
        Description = "CHANGED, NOT_FOUND (missing or hidden: the same answer) or INVALID_TRANSITION (nothing written).";
    }
}
