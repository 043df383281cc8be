using Argus.Cacao.Graph;

namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// "Each branch MUST reference a unique end step when that branch has completed processing" (spec 4.7 to 4.10).
/// A branch that can never reach an end step leaves the engine nowhere to return from: an error. Branches that
/// share steps or end steps with each other or with their owner's continuation still run (SOARCA's caldera
/// flow-control example does it), so that is a warning.
/// </summary>
internal sealed class BranchRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document)
        {
            return;
        }

        if (!document.IsWithinAnalysisLimits)
        {
            context.Warning(WorkflowDocument.WorkflowPath, GraphCodes.TooLargeToAnalyse,
                $"The workflow has more than {WorkflowDocument.MaxAnalysedSteps} steps or {WorkflowDocument.MaxAnalysedEdges} step pointers; branch ends and branch sharing were not checked.");
            return;
        }

        var graph = document.Graph;
        foreach (var owner in graph.Nodes)
        {
            var ownBranches = document.Branches(owner.Id);
            if (ownBranches.IsEmpty)
            {
                continue;
            }

            var branches = ownBranches.Where(b => !b.Steps.IsEmpty).ToList();
            if (branches.Count == 0)
            {
                continue; // no branches, or only dangling ones (reported by the reference rule)
            }

            foreach (var branch in branches)
            {
                if (branch.EndSteps.IsEmpty && !(owner.IsWhile && branch.ReturnsToOwner))
                {
                    context.Error(WorkflowDocument.EdgePath(owner.Id, branch.Entry), GraphCodes.BranchNoEnd,
                        $"The branch of step '{owner.Id}' entered at '{branch.Entry.Target}' never reaches an end step.");
                }
            }

            ReportSharingBetweenBranches(context, graph, branches);
            var continuation = graph.Continuation(owner.Id);
            foreach (var branch in branches)
            {
                ReportSharing(context, graph, branch, continuation, $"the steps that follow '{owner.Id}'");
            }
        }
    }

    internal static string Quote(IReadOnlyList<string> steps) =>
        steps.Count <= 3
            ? string.Join(", ", steps.Select(s => $"'{s}'"))
            : string.Join(", ", steps.Take(3).Select(s => $"'{s}'")) + $" and {steps.Count - 3} more";

    // One warning per branch that shares with an earlier branch, against the earliest such branch: linear in the
    // number of branches, where comparing every pair would be quadratic for a switch with many cases.
    private static void ReportSharingBetweenBranches(ValidationContext context, WorkflowGraph graph, List<WorkflowBranch> branches)
    {
        var firstBranchOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < branches.Count; j++)
        {
            var earliest = branches[j].Steps
                .Where(firstBranchOf.ContainsKey)
                .Select(s => firstBranchOf[s])
                .DefaultIfEmpty(-1)
                .Min();
            if (earliest >= 0)
            {
                ReportSharing(context, graph, branches[j], branches[earliest].Steps,
                    $"the branch entered at '{branches[earliest].Entry.Target}'");
            }

            foreach (var step in branches[j].Steps)
            {
                firstBranchOf.TryAdd(step, j);
            }
        }
    }

    private static void ReportSharing(ValidationContext context, WorkflowGraph graph, WorkflowBranch branch,
        IEnumerable<string> others, string otherName)
    {
        var shared = branch.Steps.Intersect(others, StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
        {
            return;
        }

        var path = WorkflowDocument.EdgePath(branch.OwnerId, branch.Entry);
        var sharedEnds = shared.Where(s => graph.Find(s)?.IsEnd == true).ToList();
        if (sharedEnds.Count > 0)
        {
            context.Warning(path, GraphCodes.BranchSharedEnd,
                $"The branch of step '{branch.OwnerId}' entered at '{branch.Entry.Target}' shares end step {Quote(sharedEnds)} with {otherName}; each branch should reach its own end step.");
        }
        else
        {
            context.Warning(path, GraphCodes.BranchSharedStep,
                $"The branch of step '{branch.OwnerId}' entered at '{branch.Entry.Target}' shares step {Quote(shared)} with {otherName}.");
        }
    }
}
