using Argus.Execution.Capabilities;

namespace Argus.Benchmarks.Execution;

/// <summary>Serves <c>bash</c> commands by doing nothing, so a run measures the engine (and its persistence) alone.</summary>
internal sealed class NoOpCapability : ICapability
{
    private static readonly Task<CapabilityResult> Done = Task.FromResult(CapabilityResult.Success());

    public string CommandType => "bash";

    public Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken) => Done;
}
