using System.Collections.Immutable;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Spectre.Console;

namespace Argus.Cli.Running;

/// <summary>
/// Shows the steps of an <c>argus run</c>: a live Spectre table on a terminal, one plain line per finished step
/// otherwise, and asks the operator on the terminal for manual steps. Forwards every event to the journal.
/// </summary>
internal sealed class StepDisplay(TextWriter output, InMemoryExecutionJournal journal, bool interactive) : IExecutionObserver
{
    private readonly Lock _writeLock = new();
    private readonly TaskCompletionSource<ExecutionHandle> _handle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _live;

    public void Attach(ExecutionHandle handle) => _handle.TrySetResult(handle);

    /// <summary>Waits for the end; on a terminal without manual steps, draws the live table meanwhile.</summary>
    public async Task<ExecutionResult> WaitAsync(ExecutionHandle handle, bool hasManualSteps)
    {
        if (!interactive || hasManualSteps)
        {
            return await handle.Completion.ConfigureAwait(false);
        }

        _live = true;
        var table = NewTable();
        await AnsiConsole.Live(table).StartAsync(async context =>
        {
            while (!handle.Completion.IsCompleted)
            {
                Fill(table);
                context.Refresh();
                await Task.WhenAny(handle.Completion, Task.Delay(200)).ConfigureAwait(false);
            }

            Fill(table);
            context.Refresh();
        }).ConfigureAwait(false);
        return await handle.Completion.ConfigureAwait(false);
    }

    public async Task FinishAsync(ExecutionResult result)
    {
        var line = result.Reason is null
            ? $"Execution {result.ExecutionId}: {result.Outcome}"
            : $"Execution {result.ExecutionId}: {result.Outcome}: {result.Reason}";
        await output.WriteLineAsync(line).ConfigureAwait(false);
    }

    public async ValueTask OnStepChangedAsync(StepInvocation invocation, CancellationToken cancellationToken)
    {
        await journal.OnStepChangedAsync(invocation, cancellationToken).ConfigureAwait(false);
        if (!_live && ExecutionStatusNames.IsFinal(invocation.Record.Status))
        {
            lock (_writeLock)
            {
                output.WriteLine($"{invocation.Record.WorkflowStep}  {invocation.StepType}  {ExecutionStatusNames.ToName(invocation.Record.Status)}"
                    + (invocation.Record.StatusText is { } text ? $"  {text}" : ""));
            }
        }
    }

    public async ValueTask OnManualInputRequestedAsync(ManualRequest request, CancellationToken cancellationToken)
    {
        await journal.OnManualInputRequestedAsync(request, cancellationToken).ConfigureAwait(false);
        // Answered on another task: the engine waits for the answer through the broker, not through this call.
        _ = Task.Run(() => PromptAsync(request, cancellationToken), cancellationToken);
    }

    public ValueTask OnExecutionEndedAsync(ExecutionResult result, CancellationToken cancellationToken) =>
        journal.OnExecutionEndedAsync(result, cancellationToken);

    private async Task PromptAsync(ManualRequest request, CancellationToken cancellationToken)
    {
        var handle = await _handle.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        string? verdict;
        var variables = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        lock (_writeLock)
        {
            output.WriteLine($"Manual step {request.StepId}: {request.CommandText}");
            output.Write("Done successfully? [y/n] ");
            output.Flush();
            verdict = Console.ReadLine();
            output.WriteLine("Variables to set, as __name__=value (empty line to finish):");
            for (var count = 0; count < 100 && Console.ReadLine() is { Length: > 0 } line; count++)
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    variables[line[..equals].Trim()] = line[(equals + 1)..];
                }
            }
        }

        var outcome = verdict?.Trim().StartsWith('y') == true ? ManualOutcome.Success : ManualOutcome.Failure;
        handle.AnswerManual(request.RequestId, new ManualAnswer(outcome, variables.ToImmutable(), "answered on the terminal"));
    }

    private static Table NewTable() => new Table()
        .AddColumn("Step").AddColumn("Type").AddColumn("Branch").AddColumn("Status").AddColumn("Text");

    private void Fill(Table table)
    {
        table.Rows.Clear();
        foreach (var invocation in journal.Invocations)
        {
            table.AddRow(
                Markup.Escape(invocation.Record.WorkflowStep),
                Markup.Escape(invocation.StepType),
                Markup.Escape(invocation.BranchPath + (invocation.Iteration is { } i ? $" #{i}" : "")),
                Markup.Escape(ExecutionStatusNames.ToName(invocation.Record.Status)),
                Markup.Escape(invocation.Record.StatusText ?? ""));
        }
    }
}
