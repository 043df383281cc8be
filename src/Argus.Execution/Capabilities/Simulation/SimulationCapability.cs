using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Argus.Execution.Capabilities.Simulation;

/// <summary>
/// For exercise runs (<c>argus run --simulate</c>): records each command and returns a configured result, success by
/// default. Results are configured per step id (first) or per command type.
/// </summary>
public sealed class SimulationCapability : ICapability
{
    private readonly ImmutableDictionary<string, CapabilityResult> _byStep;
    private readonly ImmutableDictionary<string, CapabilityResult> _byCommandType;
    private readonly ConcurrentQueue<CapabilityInvocation> _invocations = new();

    public SimulationCapability(
        ImmutableDictionary<string, CapabilityResult>? resultsByStep = null,
        ImmutableDictionary<string, CapabilityResult>? resultsByCommandType = null)
    {
        _byStep = resultsByStep ?? ImmutableDictionary<string, CapabilityResult>.Empty;
        _byCommandType = resultsByCommandType ?? ImmutableDictionary<string, CapabilityResult>.Empty;
    }

    /// <summary>Serves any command type when registered as the fallback; as an entry, "simulation".</summary>
    public string CommandType => "simulation";

    /// <summary>Every invocation received, in arrival order.</summary>
    public ImmutableArray<CapabilityInvocation> Invocations => [.. _invocations];

    public Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        cancellationToken.ThrowIfCancellationRequested();
        _invocations.Enqueue(invocation);
        if (_byStep.TryGetValue(invocation.StepId, out var forStep))
        {
            return Task.FromResult(forStep);
        }

        return Task.FromResult(invocation.Command.Type is { } type && _byCommandType.TryGetValue(type, out var forType)
            ? forType
            : CapabilityResult.Success($"simulated {invocation.Command.Type} command"));
    }
}
