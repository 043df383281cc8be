using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Execution.Engine;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Argus.Storage.Playbooks;
using Microsoft.Extensions.Logging;
using EngineMode = Argus.Execution.Engine.ExecutionMode;
using StoredMode = Argus.Storage.Executions.ExecutionMode;

namespace Argus.Server.Executions;

/// <summary>
/// Runs one claimed execution to its end: loads the playbook version under the execution's own scope, replays what
/// earlier attempts stored, persists every transition, renews the lease, delivers operators' answers and cancels on
/// request. Ends with <see cref="IExecutionWorkQueue.CompleteAsync"/>, or <see cref="IExecutionWorkQueue.ReleaseAsync"/>
/// on an orderly shutdown, or with nothing at all once the lease is lost.
/// </summary>
internal sealed partial class LeasedExecution(
    IExecutionWorkQueue queue,
    IPlaybookLibrary library,
    ExecutionCapabilities capabilities,
    ExecutionOptions engineOptions,
    ExecutionWorkerOptions options,
    TimeProvider time,
    ILogger logger)
{
    public async Task RunAsync(ExecutionLease lease, CancellationToken hostStopping)
    {
        var execution = lease.Execution;
        using var logScope = logger.BeginScope(new Dictionary<string, object>
        {
            ["ExecutionId"] = execution.Id,
            ["Attempt"] = execution.Attempt,
            ["Organisation"] = execution.Organisation.Value,
        });
        if (execution.Attempt > 1 || !lease.PriorInvocations.IsEmpty)
        {
            LogResumed(logger, execution.Id, execution.Attempt, lease.PriorInvocations.Length);
        }
        else
        {
            LogClaimed(logger, execution.Id, execution.Attempt, execution.PlaybookId);
        }

        var scope = new AccessScope(execution.Organisation, execution.Clearance, execution.RequestedBy);
        var resolver = new LibraryPlaybookResolver(library, scope);
        var engine = new ExecutionEngine(capabilities.For(ToEngineMode(execution.Mode)), resolver, engineOptions, time);
        Playbook? playbook;
        string? refusal;
        try
        {
            playbook = await resolver.ResolveAsync(execution.PlaybookId, execution.PlaybookModified, hostStopping).ConfigureAwait(false);
            refusal = playbook is null
                ? "The playbook version cannot be read under the requester's organisation and clearance."
                : await RefusalAsync(engine, playbook, execution.StepId, hostStopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (hostStopping.IsCancellationRequested)
        {
            await ReleaseAsync(lease).ConfigureAwait(false);
            return;
        }

        if (playbook is null || refusal is not null)
        {
            await EndAsync(lease, ExecutionState.Refused, refusal,
                execution.InputVariables.ToImmutableDictionary(p => p.Key, p => (string?)p.Value)).ConfigureAwait(false);
            return;
        }

        await RunEngineAsync(lease, engine, playbook, hostStopping).ConfigureAwait(false);
    }

    private async Task RunEngineAsync(ExecutionLease lease, ExecutionEngine engine, Playbook playbook, CancellationToken hostStopping)
    {
        var execution = lease.Execution;
        using var guard = new LeaseGuard();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, guard.LostToken);
        using var observer = new DurableExecutionObserver(queue, lease, guard, playbook, time);
        var request = new ExecutionRequest
        {
            ExecutionId = execution.Id,
            Variables = execution.InputVariables,
            Mode = ToEngineMode(execution.Mode),
            Organisation = execution.Organisation.Value,
            Observer = observer,
            PriorInvocations = StoredInvocations.ToStepInvocations(lease.PriorInvocations),
            Attempt = execution.Attempt,
        };
        var handle = execution.StepId is { } stepId
            ? engine.StartStep(playbook, stepId, request, stop.Token)
            : engine.Start(playbook, request, stop.Token);
        if (execution.CancelRequested)
        {
            handle.Cancel();
        }

        await SuperviseAsync(lease, handle, guard).ConfigureAwait(false);
        var result = await handle.Completion.ConfigureAwait(false);
        if (guard.IsLost)
        {
            LogLeaseLost(logger, execution.Id, execution.Attempt);
            return;
        }

        if (result.Outcome == ExecutionOutcome.Interrupted)
        {
            await ReleaseAsync(lease).ConfigureAwait(false);
            return;
        }

        await EndAsync(lease, ToState(result.Outcome), result.Reason, result.Variables).ConfigureAwait(false);
    }

    /// <summary>Until the engine ends: renews the lease every renew interval and delivers answers to waiting manual steps.</summary>
    private async Task SuperviseAsync(ExecutionLease lease, ExecutionHandle handle, LeaseGuard guard)
    {
        var nextRenewal = time.GetUtcNow() + options.RenewInterval;
        while (!handle.Completion.IsCompleted)
        {
            using (var wait = new CancellationTokenSource())
            {
                var delay = Task.Delay(options.PollInterval, time, wait.Token);
                await Task.WhenAny(handle.Completion, delay).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
            }

            if (handle.Completion.IsCompleted || guard.IsLost)
            {
                continue;
            }

            if (time.GetUtcNow() >= nextRenewal)
            {
                nextRenewal = time.GetUtcNow() + options.RenewInterval;
                switch (await queue.RenewAsync(lease, options.LeaseDuration, CancellationToken.None).ConfigureAwait(false))
                {
                    case LeaseRenewal.CancelRequested:
                        LogCancelRequested(logger, lease.Execution.Id, lease.Execution.Attempt);
                        handle.Cancel();
                        break;
                    case LeaseRenewal.Lost:
                        guard.MarkLost();
                        continue;
                }
            }

            if (!handle.PendingManualRequests.IsEmpty)
            {
                await DeliverAnswersAsync(lease, handle).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Stored answers (also those given before a crash) go to the steps waiting for them, then are marked delivered.</summary>
    private async Task DeliverAnswersAsync(ExecutionLease lease, ExecutionHandle handle)
    {
        var answered = await queue.GetAnsweredManualRequestsAsync(lease, CancellationToken.None).ConfigureAwait(false);
        foreach (var request in answered)
        {
            if (request.Answer is { } answer && handle.AnswerManual(request.RequestId, ManualAnswers.ToEngine(answer, request.AnsweredBy)))
            {
                await queue.MarkManualDeliveredAsync(lease, request.RequestId, CancellationToken.None).ConfigureAwait(false);
                LogManualDelivered(logger, lease.Execution.Id, request.StepId);
            }
        }
    }

    private async Task EndAsync(
        ExecutionLease lease, ExecutionState state, string? reason, ImmutableDictionary<string, string?> variables)
    {
        var execution = lease.Execution;
        if (await queue.CompleteAsync(lease, state, reason, variables, CancellationToken.None).ConfigureAwait(false))
        {
            LogEnded(logger, execution.Id, execution.Attempt, state);
        }
        else
        {
            LogLeaseLost(logger, execution.Id, execution.Attempt);
        }
    }

    private async Task ReleaseAsync(ExecutionLease lease)
    {
        // The host is stopping: give the execution back at once so another process need not wait for the lease to expire.
        await queue.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        LogReleased(logger, lease.Execution.Id, lease.Execution.Attempt);
    }

    /// <summary>
    /// Why the engine must not start: revoked or out of its validity window, or a step (of the playbook or of a child
    /// it calls) without a capability; a single-step execution only needs its own step to be runnable.
    /// </summary>
    private static async Task<string?> RefusalAsync(
        ExecutionEngine engine, Playbook playbook, string? stepId, CancellationToken cancellationToken)
    {
        if (engine.RefusalReason(playbook) is { } reason)
        {
            return reason;
        }

        var issues = (await engine.PreflightAsync(playbook, cancellationToken).ConfigureAwait(false))
            .Where(i => stepId is null || (i.StepId == stepId && i.PlaybookId == playbook.Id))
            .ToArray();
        return issues.Length == 0 ? null : string.Join(" ", issues.Select(i => $"Step {i.StepId}: {i.Message}"));
    }

    private static EngineMode ToEngineMode(StoredMode mode) => mode == StoredMode.Exercise ? EngineMode.Exercise : EngineMode.Live;

    private static ExecutionState ToState(ExecutionOutcome outcome) => outcome switch
    {
        ExecutionOutcome.Completed => ExecutionState.Completed,
        ExecutionOutcome.Failed => ExecutionState.Failed,
        ExecutionOutcome.Cancelled => ExecutionState.Cancelled,
        ExecutionOutcome.Refused => ExecutionState.Refused,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "An interrupted execution is released, not ended."),
    };

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Claimed execution {ExecutionId} (attempt {Attempt}) of playbook {PlaybookId}")]
    private static partial void LogClaimed(ILogger logger, Guid executionId, int attempt, string playbookId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Resuming execution {ExecutionId} (attempt {Attempt}) with {PriorInvocations} stored invocations")]
    private static partial void LogResumed(ILogger logger, Guid executionId, int attempt, int priorInvocations);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Execution {ExecutionId} (attempt {Attempt}) ended {State}")]
    private static partial void LogEnded(ILogger logger, Guid executionId, int attempt, ExecutionState state);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Lost the lease of execution {ExecutionId} (attempt {Attempt}); stopped without writing")]
    private static partial void LogLeaseLost(ILogger logger, Guid executionId, int attempt);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Released execution {ExecutionId} (attempt {Attempt}) on shutdown")]
    private static partial void LogReleased(ILogger logger, Guid executionId, int attempt);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "Cancellation requested for execution {ExecutionId} (attempt {Attempt})")]
    private static partial void LogCancelRequested(ILogger logger, Guid executionId, int attempt);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "Delivered an operator's answer to step {StepId} of execution {ExecutionId}")]
    private static partial void LogManualDelivered(ILogger logger, Guid executionId, string stepId);
}
