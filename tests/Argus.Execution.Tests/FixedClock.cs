namespace Argus.Execution.Tests;

/// <summary>A clock whose wall time stands still at a chosen instant; timers and delays stay real.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
