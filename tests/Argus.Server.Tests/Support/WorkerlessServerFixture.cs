namespace Argus.Server.Tests.Support;

/// <summary>
/// An Argus host on SQLite with the execution worker turned off (<c>Argus:Executions:Enabled=false</c>): the suites
/// using it claim executions and write their status records themselves through the work queue, so no background
/// run can interleave and every observation is deterministic.
/// </summary>
public sealed class WorkerlessServerFixture : IAsyncDisposable
{
    public const string WorkerSwitch = "Argus:Executions:Enabled";

    public ArgusServerFactory Server { get; } = new() { Overrides = new Dictionary<string, string?> { [WorkerSwitch] = "false" } };

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
