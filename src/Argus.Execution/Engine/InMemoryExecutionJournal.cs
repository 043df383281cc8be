using System.Collections.Immutable;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

/// <summary>The default observer: keeps the latest snapshot of each step invocation, in start order.</summary>
public sealed class InMemoryExecutionJournal : IExecutionObserver
{
    private readonly Lock _lock = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, StepInvocation> _latest = new(StringComparer.Ordinal);
    private readonly List<StepInvocation> _history = [];
    private readonly List<ManualRequest> _manualRequests = [];

    /// <summary>The latest snapshot of every invocation, in the order they started.</summary>
    public ImmutableArray<StepInvocation> Invocations
    {
        get
        {
            lock (_lock)
            {
                return [.. _order.Select(id => _latest[id])];
            }
        }
    }

    /// <summary>Every snapshot ever reported, in order (an invocation appears once per status it passed through).</summary>
    public ImmutableArray<StepInvocation> History
    {
        get
        {
            lock (_lock)
            {
                return [.. _history];
            }
        }
    }

    /// <summary>The execution-status objects to export: the latest of each invocation that produces one.</summary>
    public ImmutableArray<ExecutionStatusRecord> StatusRecords =>
        [.. Invocations.Where(i => i.ProducesStatusRecord).Select(i => i.Record)];

    public ImmutableArray<ManualRequest> ManualRequests
    {
        get
        {
            lock (_lock)
            {
                return [.. _manualRequests];
            }
        }
    }

    public ExecutionResult? Result { get; private set; }

    public ValueTask OnStepChangedAsync(StepInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        lock (_lock)
        {
            if (!_latest.ContainsKey(invocation.Record.Id))
            {
                _order.Add(invocation.Record.Id);
            }

            _latest[invocation.Record.Id] = invocation;
            _history.Add(invocation);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnManualInputRequestedAsync(ManualRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _manualRequests.Add(request);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnExecutionEndedAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        Result = result;
        return ValueTask.CompletedTask;
    }
}
