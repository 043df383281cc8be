using Argus.Cacao.Graph;

namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// "Each branch MUST reference a unique end step when that branch has completed processing" (spec 4.7 to 4.10).
/// A branch that can never reach an end step leaves the engine nowhere to return from: an error. Branches that
/// share steps or end steps with each other or with their owner's continuation still run (SOARCA's caldera
/// flow-control example does it), so that is a warning.
/// </summary>
/// <remarks>Works on step numbers (<see cref="WorkflowDocument.Branches(int, out int[][])"/>), never hashing ids.</remarks>
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
        var nodes = graph.Nodes;
        Sharing? sharing = null;
        var branches = new List<(WorkflowBranch Branch, int[] Steps)>();
        for (var owner = 0; owner < nodes.Length; owner++)
        {
            var ownBranches = document.Branches(owner, out var ownSteps);
            branches.Clear();
            for (var k = 0; k < ownBranches.Length; k++)
            {
                if (ownSteps[k].Length > 0)
                {
                    branches.Add((ownBranches[k], ownSteps[k]));
                }
            }

            if (branches.Count == 0)
            {
                continue; // no branches, or only dangling ones (reported by the reference rule)
            }

            var node = nodes[owner];
            foreach (var (branch, _) in branches)
            {
                if (branch.EndSteps.IsEmpty && !(node.IsWhile && branch.ReturnsToOwner))
                {
                    context.Error(WorkflowDocument.EdgePath(node.Id, branch.Entry), GraphCodes.BranchNoEnd,
                        $"The branch of step '{node.Id}' entered at '{branch.Entry.Target}' never reaches an end step.");
                }
            }

            sharing ??= new Sharing(graph);
            sharing.ReportBetweenBranches(context, branches);
            sharing.ReportWithContinuation(context, owner, branches);
        }
    }

    internal static string Quote(IReadOnlyList<string> steps) =>
        steps.Count <= 3
            ? string.Join(", ", steps.Select(s => $"'{s}'"))
            : string.Join(", ", steps.Take(3).Select(s => $"'{s}'")) + $" and {steps.Count - 3} more";

    /// <summary>Working space for the sharing checks of one workflow, one slot per step.</summary>
    private sealed class Sharing(WorkflowGraph graph)
    {
        private readonly int[] _firstBranchOf = Filled(graph.Nodes.Length, -1);
        private readonly bool[] _inOthers = new bool[graph.Nodes.Length];
        private readonly int[] _order = new int[graph.Nodes.Length];

        // One warning per branch that shares with an earlier branch, against the earliest such branch: linear in the
        // number of branches, where comparing every pair would be quadratic for a switch with many cases.
        public void ReportBetweenBranches(ValidationContext context, List<(WorkflowBranch Branch, int[] Steps)> branches)
        {
            for (var j = 0; j < branches.Count; j++)
            {
                var earliest = int.MaxValue;
                foreach (var step in branches[j].Steps)
                {
                    if (_firstBranchOf[step] >= 0)
                    {
                        earliest = Math.Min(earliest, _firstBranchOf[step]);
                    }
                }

                if (earliest != int.MaxValue)
                {
                    Mark(branches[earliest].Steps, true);
                    Report(context, branches[j], $"the branch entered at '{branches[earliest].Branch.Entry.Target}'");
                    Mark(branches[earliest].Steps, false);
                }

                foreach (var step in branches[j].Steps)
                {
                    if (_firstBranchOf[step] < 0)
                    {
                        _firstBranchOf[step] = j;
                    }
                }
            }

            foreach (var (_, steps) in branches)
            {
                foreach (var step in steps)
                {
                    _firstBranchOf[step] = -1;
                }
            }
        }

        public void ReportWithContinuation(ValidationContext context, int owner, List<(WorkflowBranch Branch, int[] Steps)> branches)
        {
            var count = graph.Continuation(owner, _inOthers, _order);
            foreach (var branch in branches)
            {
                Report(context, branch, $"the steps that follow '{graph.Nodes[owner].Id}'");
            }

            Mark(_order.AsSpan(0, count), false);
        }

        // Warns when the branch holds steps marked in _inOthers (sharing an end step if any of them is one).
        private void Report(ValidationContext context, (WorkflowBranch Branch, int[] Steps) branch, string otherName)
        {
            List<string>? shared = null;
            List<string>? sharedEnds = null;
            foreach (var step in branch.Steps)
            {
                if (_inOthers[step])
                {
                    (shared ??= []).Add(graph.Nodes[step].Id);
                    if (graph.IsEndAt(step))
                    {
                        (sharedEnds ??= []).Add(graph.Nodes[step].Id);
                    }
                }
            }

            if (shared is null)
            {
                return;
            }

            var (ownerId, entry) = (branch.Branch.OwnerId, branch.Branch.Entry);
            var path = WorkflowDocument.EdgePath(ownerId, entry);
            if (sharedEnds is not null)
            {
                context.Warning(path, GraphCodes.BranchSharedEnd,
                    $"The branch of step '{ownerId}' entered at '{entry.Target}' shares end step {Quote(sharedEnds)} with {otherName}; each branch should reach its own end step.");
            }
            else
            {
                context.Warning(path, GraphCodes.BranchSharedStep,
                    $"The branch of step '{ownerId}' entered at '{entry.Target}' shares step {Quote(shared)} with {otherName}.");
            }
        }

        private void Mark(ReadOnlySpan<int> steps, bool value)
        {
            foreach (var step in steps)
            {
                _inOthers[step] = value;
            }
        }

        private static int[] Filled(int length, int value)
        {
            var array = new int[length];
            Array.Fill(array, value);
            return array;
        }
    }
}
