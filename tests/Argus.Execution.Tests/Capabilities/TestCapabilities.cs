using System.Collections.Concurrent;
using System.Collections.Immutable;
using Argus.Execution.Capabilities;

namespace Argus.Execution.Tests.Capabilities;

/// <summary>Small real capabilities for the engine tests.</summary>
internal static class TestCapabilities
{
    /// <summary>Waits until its token fires (a step that never finishes by itself).</summary>
    public sealed class Hanging(string commandType) : ICapability
    {
        public string CommandType => commandType;

        public async Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return CapabilityResult.Success();
        }
    }

    /// <summary>Signals its own event, then waits for the other's: only finishes when both run at the same time.</summary>
    public sealed class Rendezvous(string commandType, TaskCompletionSource mine, TaskCompletionSource other) : ICapability
    {
        public string CommandType => commandType;

        public async Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
        {
            mine.TrySetResult();
            await other.Task.WaitAsync(cancellationToken);
            return CapabilityResult.Success();
        }
    }

    /// <summary>Returns fixed outputs and records each command text it saw.</summary>
    public sealed class Returning(string commandType, ImmutableDictionary<string, string> outputs) : ICapability
    {
        public ConcurrentQueue<CapabilityInvocation> Seen { get; } = new();

        public string CommandType => commandType;

        public Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
        {
            Seen.Enqueue(invocation);
            return Task.FromResult(CapabilityResult.Success("done", outputs));
        }
    }

    /// <summary>Reads <c>__n__</c>, returns it plus one as <c>__n__</c> (a loop counter).</summary>
    public sealed class Counter : ICapability
    {
        public string CommandType => "count";

        public Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
        {
            var current = long.Parse(invocation.Variables["__n__"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var next = (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult(CapabilityResult.Success(null, ImmutableDictionary<string, string>.Empty.Add("__n__", next)));
        }
    }

    /// <summary>Throws the given exception (a capability with a bug).</summary>
    public sealed class Throwing(string commandType, Exception exception) : ICapability
    {
        public string CommandType => commandType;

        public Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken) =>
            Task.FromException<CapabilityResult>(exception);
    }

    /// <summary>
    /// Counts its calls and records their command texts; returns <c>__out_&lt;first word&gt;__</c> = <c>&lt;text&gt;-done</c>.
    /// While <see cref="Gate"/> is set, a call for the command text <see cref="BlockOn"/> signals
    /// <see cref="Blocked"/> and waits for the gate (or its token).
    /// </summary>
    public sealed class Counting(string commandType) : ICapability
    {
        private int _calls;

        public ConcurrentQueue<string> Texts { get; } = new();

        public string? BlockOn { get; init; }

        public TaskCompletionSource? Gate { get; init; }

        public TaskCompletionSource Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public string CommandType => commandType;

        public async Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Texts.Enqueue(invocation.CommandText);
            if (Gate is { } gate && invocation.CommandText == BlockOn)
            {
                Blocked.TrySetResult();
                await gate.Task.WaitAsync(cancellationToken);
            }

            var name = "__out_" + invocation.CommandText.Split(' ')[0] + "__";
            return CapabilityResult.Success("done", ImmutableDictionary<string, string>.Empty.Add(name, invocation.CommandText + "-done"));
        }
    }
}
