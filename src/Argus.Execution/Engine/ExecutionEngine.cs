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
        request ??= new ExecutionRequest();
        var observer = request.Observer ?? new InMemoryExecutionJournal();
        var executionId = request.ExecutionId ?? Ids.NewId();
        var cancellation = new CancellationTokenSource();
        ExecutionRun? run = null;
        var broker = new ManualInputBroker((manual, token) =>
            run?.OnManualRequestedAsync(manual, token) ?? ValueTask.CompletedTask);
        run = new ExecutionRun(this, executionId, request, observer, broker, cancellation.Token, shutdownToken);
        var completion = Task.Run(() => run.RunAsync(playbook, request.Variables), CancellationToken.None);
        return new ExecutionHandle(executionId, cancellation, broker, completion);
    }

    /// <summary>Why a playbook must not run now (revoked, outside its validity window), or null.</summary>
    public string? RefusalReason(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
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

        return playbook.WorkflowStart is null || playbook.Workflow?.ContainsKey(playbook.WorkflowStart) != true
            ? "The playbook's workflow_start does not name a step of its workflow."
            : null;
    }
}
