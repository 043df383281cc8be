using Argus.Storage.Executions;

namespace Argus.Storage.Tests.Support;

/// <summary>
/// A database of one test's own with a clock it moves. The work queue claims across organisations, so a test that
/// claims cannot share its database with another test's executions.
/// </summary>
public sealed class ExecutionHarness : IAsyncDisposable
{
    private ExecutionHarness(StorageTarget target)
    {
        Target = target;
        Clock = new ManualClock(ExecutionData.Start);
        Storage = target.Open(Clock);
    }

    public StorageTarget Target { get; }

    public ManualClock Clock { get; }

    public ArgusStorage Storage { get; }

    public IExecutionStore Store => Storage.Executions;

    public IExecutionWorkQueue Queue => Storage.ExecutionQueue;

    public static ExecutionHarness On(StorageTarget target) => new(target);

    public async ValueTask DisposeAsync()
    {
        await Storage.DisposeAsync();
        await Target.DisposeAsync();
    }
}
