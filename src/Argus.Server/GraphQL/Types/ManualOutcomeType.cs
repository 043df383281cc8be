using Argus.Execution.Capabilities.Manual;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ManualOutcome</c>: the engine's verdicts on a manual step.</summary>
public sealed class ManualOutcomeType : EnumerationGraphType<ManualOutcome>
{
    public ManualOutcomeType()
    {
        Name = "ManualOutcome";
        Description = "The operator's verdict on a manual step.";
    }
}
