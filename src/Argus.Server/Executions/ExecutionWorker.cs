using System.Collections.Concurrent;
using System.Collections.Immutable;
using Argus.Execution.Engine;
using Argus.Storage.Executions;
using Argus.Storage.Playbooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Argus.Server.Executions;

/// <summary>
/// Runs stored executions in this server process: claims pending ones (and those whose lease expired after another
/// process crashed) up to <see cref="ExecutionWorkerOptions.MaxConcurrent"/> at a time and runs each under its lease.
/// Several processes on one database share the work. On shutdown every run is interrupted and released.
/// </summary>
public sealed partial class ExecutionWorker : BackgroundService
{
    private readonly IExecutionWorkQueue _queue;
    private readonly ExecutionWorkerSignal _signal;
    private readonly ExecutionWorkerOptions _options;
    private readonly ILogger<ExecutionWorker> _logger;
    private readonly LeasedExecution _runner;
    // The SQL work queue takes at most 100 per claim; a full batch is followed at once by another claim.
    private const int ClaimBatch = 100;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _runs;

    public ExecutionWorker(
        IExecutionWorkQueue queue,
        IPlaybookLibrary library,
        ExecutionCapabilities capabilities,
        ExecutionWorkerSignal signal,
        IOptions<ExecutionWorkerOptions> options,
        IOptions<ExecutionOptions> engineOptions,
        TimeProvider time,
        ILogger<ExecutionWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engineOptions);
        _queue = queue;
        _signal = signal;
        _options = options.Value;
        _logger = logger;
        WorkerId = _options.WorkerId ?? DefaultWorkerId();
        _runner = new LeasedExecution(queue, library, capabilities, engineOptions.Value, _options, time, logger);
    }

    /// <summary>This process's name in the leases it takes.</summary>
    public string WorkerId { get; }

    /// <summary>Executions this process runs now.</summary>
    public int Running => _running.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            LogDisabled(_logger);
            return;
        }

        LogStarted(_logger, WorkerId, _options.MaxConcurrent);
        try
        {
            var failures = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = Math.Min(ClaimBatch, _options.MaxConcurrent - _running.Count);
                var claimed = batch > 0 ? await ClaimAsync(batch, stoppingToken).ConfigureAwait(false) : 0;
                if (claimed is null)
                {
                    // The database failed: back off (doubling up to a bound) instead of logging an error every poll.
                    failures++;
                    await Task.Delay(Backoff(failures), stoppingToken).ConfigureAwait(false);
                    continue;
                }

                failures = 0;
                if (claimed == batch && batch > 0)
                {
                    continue; // there may be more waiting: claim again before sleeping
                }

                await _signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: fall through and wait for the runs, which the same token interrupts.
        }

        await Task.WhenAll(_running.Values).ConfigureAwait(false);
        LogStopped(_logger, WorkerId);
    }

    /// <summary>Claims and starts up to <paramref name="free"/> executions; null when the queue failed.</summary>
    private async Task<int?> ClaimAsync(int free, CancellationToken stoppingToken)
    {
        ImmutableArray<ExecutionLease> leases;
        try
        {
            leases = await _queue.ClaimAsync(WorkerId, free, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database may be briefly unreachable: say so and try again later, never stop the worker.
            LogClaimFailed(_logger, exception, WorkerId);
            return null;
        }

        foreach (var lease in leases)
        {
            var key = Interlocked.Increment(ref _runs);
            var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _running[key] = Task.Run(() => RunAsync(key, lease, registered.Task, stoppingToken), CancellationToken.None);
            registered.SetResult();
        }

        return leases.Length;
    }

    private async Task RunAsync(long key, ExecutionLease lease, Task registered, CancellationToken stoppingToken)
    {
        await registered.ConfigureAwait(false); // in _running before it can leave it
        try
        {
            await _runner.RunAsync(lease, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Broken infrastructure (database unreachable) must not stop the worker: the lease expires and the
            // execution is resumed by whichever process claims it next. Logged, not hidden.
            LogRunFailed(_logger, exception, lease.Execution.Id, lease.Execution.Attempt);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped between claim and start: the lease expires and another process resumes the execution.
        }
        finally
        {
            _running.TryRemove(key, out _);
            _signal.Notify(); // a slot is free: look for more work now
        }
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, _options.PollInterval.Ticks << Math.Min(failures, 16)));

    private static string DefaultWorkerId() =>
        $"{Environment.MachineName}:{Environment.ProcessId}:{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}";

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Execution worker {WorkerId} started ({MaxConcurrent} at a time)")]
    private static partial void LogStarted(ILogger logger, string workerId, int maxConcurrent);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Execution worker {WorkerId} stopped")]
    private static partial void LogStopped(ILogger logger, string workerId);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Information, Message = "Execution worker disabled (Argus:Executions:Enabled is false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Error, Message = "Execution worker {WorkerId} could not claim work; trying again after a pause")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string workerId);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Error, Message = "Running execution {ExecutionId} (attempt {Attempt}) failed; its lease will expire and another attempt resume it")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, Guid executionId, int attempt);
}
