using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Execution.Engine;
using Argus.Execution.Status;

namespace Argus.Execution.Tests;

/// <summary>An execution stopped by host shutdown, and its resumption as a second attempt with the same id.</summary>
internal sealed record InterruptedRun(Guid ExecutionId, ExecutionResult Result, InMemoryExecutionJournal Journal)
{
    public ImmutableArray<StepInvocation> Invocations => Journal.Invocations;

    public StepInvocation Single(string stepId) => Assert.Single(Invocations, i => i.Record.WorkflowStep == stepId);

    /// <summary>Starts the playbook, waits for <paramref name="stopWhen"/>, then shuts the host down.</summary>
    public static async Task<InterruptedRun> InterruptAsync(
        ExecutionEngine engine, Playbook playbook, Func<ExecutionHandle, InMemoryExecutionJournal, Task> stopWhen)
    {
        var journal = new InMemoryExecutionJournal();
        using var shutdown = new CancellationTokenSource();
        var handle = engine.Start(playbook, new ExecutionRequest { Observer = journal, ExecutionId = Guid.NewGuid() }, shutdown.Token);
        await stopWhen(handle, journal);
        await shutdown.CancelAsync();
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ExecutionOutcome.Interrupted, result.Outcome);
        return new InterruptedRun(handle.ExecutionId, result, journal);
    }

    /// <summary>Runs attempt 2 with this run's invocations as prior ones; <paramref name="whileRunning"/> may answer.</summary>
    public async Task<EngineRun> ResumeAsync(ExecutionEngine engine, Playbook playbook, Func<ExecutionHandle, Task>? whileRunning = null)
    {
        var journal = new InMemoryExecutionJournal();
        var handle = engine.Start(playbook, new ExecutionRequest
        {
            Observer = journal,
            ExecutionId = ExecutionId,
            PriorInvocations = Journal.Invocations,
            Attempt = 2,
        }, TestContext.Current.CancellationToken);
        if (whileRunning is not null)
        {
            await whileRunning(handle);
        }

        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);
        return new EngineRun(result, journal);
    }

    /// <summary>What a store holds after both attempts: the latest snapshot of each record id.</summary>
    public ImmutableArray<StepInvocation> Stored(EngineRun resumed) =>
        [.. Invocations.Concat(resumed.Invocations).GroupBy(i => i.Record.Id, StringComparer.Ordinal).Select(g => g.Last())];

    /// <summary>The resumed execution ended as an uninterrupted run of the same playbook did, one record per invocation.</summary>
    public void AssertSameAs(EngineRun uninterrupted, EngineRun resumed)
    {
        Assert.Equal(ExecutionId, resumed.Result.ExecutionId);
        Assert.Equal(uninterrupted.Result.Outcome, resumed.Result.Outcome);
        Assert.Equal(uninterrupted.Result.Reason, resumed.Result.Reason);
        Assert.Equal(uninterrupted.Result.Variables.OrderBy(v => v.Key, StringComparer.Ordinal),
            resumed.Result.Variables.OrderBy(v => v.Key, StringComparer.Ordinal));
        var stored = Stored(resumed);
        Assert.Equal(uninterrupted.Invocations.Select(i => i.Key).Order(StringComparer.Ordinal),
            stored.Select(i => i.Key).Order(StringComparer.Ordinal));
        Assert.All(stored, i => Assert.True(ExecutionStatusNames.IsFinal(i.Record.Status), $"{i.Key} is {i.Record.Status}"));
        Assert.Equal(uninterrupted.Invocations.Select(i => (i.Key, i.Record.Status)).Order(),
            stored.Select(i => (i.Key, i.Record.Status)).Order());
    }

    /// <summary>Waits (bounded by the test's token) until the journal shows <paramref name="condition"/>.</summary>
    public static async Task WaitUntilAsync(InMemoryExecutionJournal journal, Func<ImmutableArray<StepInvocation>, bool> condition)
    {
        while (!condition(journal.Invocations))
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>True when the step has a final snapshot in the journal.</summary>
    public static bool Finished(ImmutableArray<StepInvocation> invocations, string stepId) =>
        invocations.Any(i => i.Record.WorkflowStep == stepId && ExecutionStatusNames.IsFinal(i.Record.Status));
}
