using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;

namespace Argus.Server.Executions;

/// <summary>
/// The capabilities stored executions run with: <c>manual</c> (answered through the API) plus every
/// <see cref="ICapability"/> registered in the container (a later registration of the same command type wins).
/// EXERCISE runs add the simulation capability for command types nothing serves.
/// </summary>
public sealed class ExecutionCapabilities
{
    private readonly CapabilityRegistry _registered;

    public ExecutionCapabilities(IEnumerable<ICapability> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        _registered = capabilities.Aggregate(CapabilityRegistry.Empty.With(new ManualCapability()),
            (registry, capability) => registry.With(capability));
    }

    /// <summary>The registry for one execution (a fresh simulation per EXERCISE run: it records what it received).</summary>
    public CapabilityRegistry For(ExecutionMode mode) =>
        mode == ExecutionMode.Exercise ? _registered.WithFallback(new SimulationCapability()) : _registered;
}
