using Argus.Cacao.Model;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Playbooks;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

/// <summary>Runs CACAO playbooks in memory. One engine serves many executions concurrently.</summary>
public sealed class ExecutionEngine
{
    public ExecutionEngine(
        CapabilityRegistry capabilities,
        IPlaybookResolver? playbooks = null,
        ExecutionOptions? options = null,
        TimeProvider? timeProvider = null,
        IIdGenerator? ids = null)
    {
        Capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        Playbooks = playbooks ?? InMemoryPlaybookResolver.Empty;
        Options = options ?? new ExecutionOptions();
        Time = timeProvider ?? TimeProvider.System;
        Ids = ids ?? RandomIdGenerator.Instance;
    }

    public CapabilityRegistry Capabilities { get; }

    internal IPlaybookResolver Playbooks { get; }

    internal ExecutionOptions Options { get; }

    internal TimeProvider Time { get; }

    internal IIdGenerator Ids { get; }

    /// <summary>Every step of the playbook that would fail for want of a capability.</summary>
    public System.Collections.Immutable.ImmutableArray<PreflightIssue> Preflight(Playbook playbook) =>
        PreflightCheck.Check(playbook, Capabilities);

    /// <summary>
    /// Starts an execution. <paramref name="shutdownToken"/> is the host's: when it fires the execution stops with
    /// <see cref="ExecutionOutcome.Interrupted"/> and leaves its ongoing steps ongoing (never failed).
    /// A revoked playbook, or one outside [valid_from, valid_until), is refused: the handle completes at once with
    /// <see cref="ExecutionOutcome.Refused"/>.
    /// </summary>
    public ExecutionHandle Start(Playbook playbook, ExecutionRequest? request = null, CancellationToken shutdownToken = default)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return Launch(request, shutdownToken, (run, variables) => run.RunAsync(playbook, variables));
    }

    /// <summary>
    /// Runs one action step of <paramref name="playbook"/> on its own (the seed's step execution): its commands
    /// against its targets, with the playbook's variables and the request's values, reported as one invocation with
    /// the normal record. Refused (the handle completes at once with <see cref="ExecutionOutcome.Refused"/>) when the
    /// playbook is revoked or outside its validity window, or when <paramref name="stepId"/> names no action step.
    /// </summary>
    public ExecutionHandle StartStep(
        Playbook playbook, string stepId, ExecutionRequest? request = null, CancellationToken shutdownToken = default)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(stepId);
        return Launch(request, shutdownToken, (run, variables) => run.RunStepAloneAsync(playbook, stepId, variables));
    }

    /// <summary>
    /// <see cref="Preflight"/> for the playbook and, through the <see cref="IPlaybookResolver"/>, every playbook its
    /// playbook-action steps call (at most <see cref="ExecutionOptions.MaxPlaybookDepth"/> levels deep, each child
    /// checked once): missing capabilities, and children that cannot be found or must not run, at the calling step.
    /// </summary>
    public Task<System.Collections.Immutable.ImmutableArray<PreflightIssue>> PreflightAsync(
        Playbook playbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return new ChildPlaybookPreflight(this).CheckAsync(playbook, cancellationToken);
    }

    /// <summary>Why a playbook must not run now (revoked, outside its validity window), or null.</summary>
    public string? RefusalReason(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return ValidityRefusal(playbook)
            ?? (playbook.WorkflowStart is null || playbook.Workflow?.ContainsKey(playbook.WorkflowStart) != true
                ? "The playbook's workflow_start does not name a step of its workflow."
                : null);
    }

    /// <summary>Revoked, or outside [valid_from, valid_until): the refusals that apply to single steps too.</summary>
    internal string? ValidityRefusal(Playbook playbook)
    {
        if (playbook.Revoked == true)
        {
            return "The playbook is revoked.";
        }

        var now = Time.GetUtcNow();
        if (playbook.ValidFrom is { } from && CacaoTimestamp.TryParse(from, out var validFrom) && now < validFrom)
        {
            return $"The playbook is not valid before {from}.";
        }

        if (playbook.ValidUntil is { } until && CacaoTimestamp.TryParse(until, out var validUntil) && now >= validUntil)
        {
            return $"The playbook expired at {until}.";
        }

        return null;
    }

    private ExecutionHandle Launch(
        ExecutionRequest? request, CancellationToken shutdownToken,
        Func<ExecutionRun, System.Collections.Immutable.ImmutableDictionary<string, string>, Task<ExecutionResult>> body)
    {
        request ??= new ExecutionRequest();
        var observer = request.Observer ?? new InMemoryExecutionJournal();
        var executionId = request.ExecutionId ?? Ids.NewId();
        var cancellation = new CancellationTokenSource();
        ExecutionRun? run = null;
        var broker = new ManualInputBroker((manual, token) =>
            run?.OnManualRequestedAsync(manual, token) ?? ValueTask.CompletedTask);
        run = new ExecutionRun(this, executionId, request, observer, broker, cancellation.Token, shutdownToken);
        var completion = Task.Run(() => body(run, request.Variables), CancellationToken.None);
        return new ExecutionHandle(executionId, cancellation, broker, completion);
    }
}
