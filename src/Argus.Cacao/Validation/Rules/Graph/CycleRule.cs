namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// Loops are allowed only as while loops (spec-notes §2.4): any other cycle runs forever, as SOARCA's
/// infinite_playbook does, so it is an error reported at the cycle's first step in workflow order.
/// </summary>
internal sealed class CycleRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document)
        {
            return;
        }

        foreach (var cycle in document.Graph.Cycles())
        {
            if (!cycle.IsWhileLoop)
            {
                var message = cycle.Steps.Length == 1
                    ? $"Step '{cycle.Steps[0]}' points back to itself; only a while-condition step may loop."
                    : $"Steps {BranchRule.Quote(cycle.Steps)} form a cycle that is not a while-condition loop.";
                context.Error(WorkflowDocument.StepPath(cycle.Steps[0]), GraphCodes.CycleNotWhile, message);
            }
        }
    }
}
