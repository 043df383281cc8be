using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Storage.Executions;

namespace Argus.Server.Executions;

/// <summary>
/// Persists every transition of one leased execution before the engine goes on: each step invocation snapshot and
/// each manual request. Writes are serialised (parallel branches report concurrently) so the stored order is the
/// engine's order. A write the store refuses means the lease is lost: the run is stopped and nothing more is written.
/// </summary>
internal sealed class DurableExecutionObserver : IExecutionObserver, IDisposable
{
    private readonly IExecutionWorkQueue _queue;
    private readonly ExecutionLease _lease;
    private readonly LeaseGuard _guard;
    private readonly Playbook _playbook;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly ConcurrentDictionary<string, ExecutionStatusRecord> _records = new(StringComparer.Ordinal);

    public DurableExecutionObserver(IExecutionWorkQueue queue, ExecutionLease lease, LeaseGuard guard, Playbook playbook, TimeProvider time)
    {
        _queue = queue;
        _lease = lease;
        _guard = guard;
        _playbook = playbook;
        _time = time;
    }

    public async ValueTask OnStepChangedAsync(StepInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (ExecutionStatusNames.IsFinal(invocation.Record.Status))
        {
            _records.TryRemove(invocation.Record.Id, out _);
        }
        else
        {
            _records[invocation.Record.Id] = invocation.Record;
        }

        var row = StoredInvocations.ToStored(invocation);
        await WriteAsync(lease => _queue.SaveInvocationAsync(lease, row, CancellationToken.None)).ConfigureAwait(false);
    }

    public async ValueTask OnManualInputRequestedAsync(ManualRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stored = new StoredManualRequest
        {
            ExecutionId = request.ExecutionId,
            RequestId = request.RequestId,
            RecordId = request.RequestId,
            StepId = request.StepId,
            Prompt = Prompt(request),
            ExpectedVariables = ExpectedVariables(request.StepId),
            RequestedAt = _time.GetUtcNow(),
        };
        await WriteAsync(lease => _queue.SaveManualRequestAsync(lease, stored, CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>The run completes or releases the execution itself, after the engine has finished.</summary>
    public ValueTask OnExecutionEndedAsync(ExecutionResult result, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public void Dispose() => _writes.Dispose();

    private async Task WriteAsync(Func<ExecutionLease, Task<bool>> write)
    {
        await _writes.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_guard.IsLost)
            {
                return;
            }

            if (!await write(_lease).ConfigureAwait(false))
            {
                _guard.MarkLost();
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// What the operator sees: the command as the step record holds it (credentials already redacted there), not
    /// the substituted text the capability received, which may contain a secret.
    /// </summary>
    private string Prompt(ManualRequest request)
    {
        if (!_records.TryGetValue(request.RequestId, out var record) || record.CommandB64.IsEmpty)
        {
            return $"Manual step {request.StepId}";
        }

        return string.Join(Environment.NewLine, record.CommandB64.Select(Decode));
    }

    private static string Decode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var length) ? Encoding.UTF8.GetString(buffer, 0, length) : "";
    }

    private ImmutableArray<string> ExpectedVariables(string stepId) =>
        _playbook.Workflow?.TryGetValue(stepId, out var step) == true && step is ActionStep { OutArgs: { } outArgs }
            ? outArgs
            : [];
}
