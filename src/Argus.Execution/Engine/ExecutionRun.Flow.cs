using Argus.Cacao.Conditions;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Status;
using Argus.Execution.Variables;

namespace Argus.Execution.Engine;

internal sealed partial class ExecutionRun
{
    private async Task<StepOutcome> RunIfAsync(StepContext context, IfConditionStep step, CancellationToken cancellationToken)
    {
        var evaluation = Evaluate(step.Condition, context.Scope);
        if (evaluation.Failure is { } failure)
        {
            return failure;
        }

        var branch = evaluation.Value ? step.OnTrue : step.OnFalse;
        if (branch is null)
        {
            return StepOutcome.Success("condition false, no on_false branch");
        }

        var result = await RunSubBranchAsync(context, branch, context.Iteration, null, cancellationToken).ConfigureAwait(false);
        return result.IsCompleted
            ? StepOutcome.Success(evaluation.Value ? "on_true branch completed" : "on_false branch completed")
            : BranchFailure(result);
    }

    /// <summary>Re-evaluates after each completed on_true branch (spec-notes §2.5 [X]); ends at the iteration cap.</summary>
    private async Task<StepOutcome> RunWhileAsync(StepContext context, WhileConditionStep step, CancellationToken cancellationToken)
    {
        for (var iteration = 1; ; iteration++)
        {
            var evaluation = Evaluate(step.Condition, context.Scope);
            if (evaluation.Failure is { } failure)
            {
                return failure;
            }

            if (!evaluation.Value || step.OnTrue is null)
            {
                return StepOutcome.Success($"condition false after {iteration - 1} iteration(s)");
            }

            if (iteration > _engine.Options.MaxWhileIterations)
            {
                return StepOutcome.Failure(ExecutionStatus.ExceptionConditionError,
                    $"The loop reached its cap of {_engine.Options.MaxWhileIterations} iterations.");
            }

            var result = await RunSubBranchAsync(context, step.OnTrue, iteration, iteration, cancellationToken).ConfigureAwait(false);
            if (!result.IsCompleted)
            {
                return BranchFailure(result);
            }
        }
    }

    /// <summary>The case equal to the switch value, else <c>default</c>, else nothing (spec-notes §2.5 [X]).</summary>
    private async Task<StepOutcome> RunSwitchAsync(StepContext context, SwitchConditionStep step, CancellationToken cancellationToken)
    {
        if (step.Switch is null)
        {
            return StepOutcome.Failure(ExecutionStatus.ClientSideError, "The step has no switch.");
        }

        string value;
        switch (ConditionEvaluator.ResolveSwitch(step.Switch, context.Scope))
        {
            case SwitchResolution.Resolved resolved:
                value = resolved.Value;
                break;
            case SwitchResolution.Failed failed:
                return StepOutcome.Failure(ExecutionStatus.ClientSideError, failed.Error.Message);
            default:
                throw new InvalidOperationException("Unknown switch resolution.");
        }

        var cases = step.Cases;
        string? branch = null;
        if (cases is not null && !cases.TryGetValue(value, out branch))
        {
            cases.TryGetValue("default", out branch);
        }

        if (branch is null)
        {
            return StepOutcome.Success("no case matched and no default");
        }

        var result = await RunSubBranchAsync(context, branch, context.Iteration, null, cancellationToken).ConfigureAwait(false);
        return result.IsCompleted ? StepOutcome.Success("case branch completed") : BranchFailure(result);
    }

    /// <summary>
    /// Runs every branch concurrently, each on its own copy of the scope, and waits for all (spec 4.7). At the join
    /// the variables changed by each successful branch are written back, later branches in next_steps winning a
    /// conflict; any failed branch fails the step.
    /// </summary>
    private async Task<StepOutcome> RunParallelAsync(StepContext context, ParallelStep step, CancellationToken cancellationToken)
    {
        var nextSteps = step.NextSteps ?? [];
        var forkPoint = context.Scope.Fork();
        var scopes = nextSteps.Select(_ => forkPoint.Fork()).ToArray();
        var tasks = nextSteps.Select((branch, index) => Task.Run(
            () => RunBranchAsync(context.Playbook, context.PlaybookDepth, branch, scopes[index],
                context.ChildPath(index), context.Iteration, context.ChildKeys(index), cancellationToken),
            cancellationToken)).ToArray();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        context.Scope.Join(forkPoint, [.. scopes.Where((_, index) => results[index].IsCompleted)]);
        var failures = results.Where(r => !r.IsCompleted).ToArray();
        return failures.Length == 0
            ? StepOutcome.Success($"{results.Length} branch(es) completed")
            : StepOutcome.Failure(ExecutionStatus.Failed,
                $"{failures.Length} of {results.Length} branch(es) failed: " + string.Join("; ", failures.Select(f => f.Reason)));
    }

    private async Task<BranchResult> RunSubBranchAsync(
        StepContext context, string branch, int? iteration, int? keyIndex, CancellationToken cancellationToken)
    {
        var scope = context.Scope.Fork();
        var result = await RunBranchAsync(context.Playbook, context.PlaybookDepth, branch, scope,
            context.ChildPath(), iteration, context.ChildKeys(keyIndex), cancellationToken).ConfigureAwait(false);
        context.Scope.Adopt(scope);
        return result;
    }

    private static StepOutcome BranchFailure(BranchResult result) =>
        StepOutcome.Failure(ExecutionStatus.Failed, $"The branch failed at {result.FailedStepId}: {result.Reason}");

    private static (bool Value, StepOutcome? Failure) Evaluate(string? condition, VariableScope scope)
    {
        if (condition is null)
        {
            return (false, StepOutcome.Failure(ExecutionStatus.ClientSideError, "The step has no condition."));
        }

        return ConditionParser.Parse(condition) switch
        {
            ConditionParseResult.Parsed parsed => ConditionEvaluator.Evaluate(parsed.Expression, scope) switch
            {
                ConditionEvaluationResult.Evaluated evaluated => (evaluated.Value, null),
                ConditionEvaluationResult.Failed failed => (false,
                    StepOutcome.Failure(ExecutionStatus.ClientSideError, "The condition cannot be evaluated: " + failed.Error.Message)),
                _ => throw new InvalidOperationException("Unknown evaluation result."),
            },
            ConditionParseResult.Failed failed => (false,
                StepOutcome.Failure(ExecutionStatus.ClientSideError, "The condition is not valid: " + failed.Error.Message)),
            _ => throw new InvalidOperationException("Unknown parse result."),
        };
    }
}
