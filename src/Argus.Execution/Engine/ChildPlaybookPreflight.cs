using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;

namespace Argus.Execution.Engine;

/// <summary>
/// Preflight through playbook-action steps: checks the playbook, resolves each child it calls and checks that in
/// turn, at most <see cref="ExecutionOptions.MaxPlaybookDepth"/> levels deep. Each child (id and version) is checked
/// once, which also ends cycles.
/// </summary>
internal sealed class ChildPlaybookPreflight(ExecutionEngine engine)
{
    private readonly HashSet<(string Id, string? Version)> _checked = [];
    private readonly ImmutableArray<PreflightIssue>.Builder _issues = ImmutableArray.CreateBuilder<PreflightIssue>();

    public async Task<ImmutableArray<PreflightIssue>> CheckAsync(Playbook playbook, CancellationToken cancellationToken)
    {
        _checked.Add((playbook.Id ?? "", null));
        await VisitAsync(playbook, [], cancellationToken).ConfigureAwait(false);
        return _issues.ToImmutable();
    }

    private async Task VisitAsync(Playbook playbook, ImmutableArray<string> callPath, CancellationToken cancellationToken)
    {
        _issues.AddRange(PreflightCheck.Check(playbook, engine.Capabilities).Select(issue => issue with { CallPath = callPath }));
        foreach (var (stepId, step) in playbook.Workflow ?? OrderedMap<WorkflowStep>.Empty)
        {
            if (step is not PlaybookActionStep call)
            {
                continue;
            }

            if (call.PlaybookId is not { } childId)
            {
                Report(playbook, stepId, callPath, "The step names no playbook_id; it cannot run.");
                continue;
            }

            var name = childId + (call.PlaybookVersion is { } version ? " version " + version : "");
            if (callPath.Length + 1 > engine.Options.MaxPlaybookDepth)
            {
                Report(playbook, stepId, callPath,
                    $"The playbook {name} would nest deeper than {engine.Options.MaxPlaybookDepth} levels; the step cannot run.");
                continue;
            }

            if (!_checked.Add((childId, call.PlaybookVersion)))
            {
                continue;
            }

            var child = await engine.Playbooks.ResolveAsync(childId, call.PlaybookVersion, cancellationToken).ConfigureAwait(false);
            if (child is null)
            {
                Report(playbook, stepId, callPath, $"The playbook {name} cannot be found; the step cannot run.");
            }
            else if (engine.RefusalReason(child) is { } refusal)
            {
                Report(playbook, stepId, callPath, $"The playbook {name} cannot run: {refusal}");
            }
            else
            {
                await VisitAsync(child, callPath.Add(stepId), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Report(Playbook playbook, string stepId, ImmutableArray<string> callPath, string message) =>
        _issues.Add(new PreflightIssue(playbook.Id ?? "", stepId, null, null, message) { CallPath = callPath });
}
