using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Playbooks;
using Argus.Execution.Status;

namespace Argus.Execution.Tests;

/// <summary>One finished execution and what it reported.</summary>
internal sealed record EngineRun(ExecutionResult Result, InMemoryExecutionJournal Journal)
{
    public ImmutableArray<StepInvocation> Invocations => Journal.Invocations;

    public StepInvocation Single(string stepId) => Assert.Single(Invocations, i => i.Record.WorkflowStep == stepId);

    public IEnumerable<StepInvocation> Of(string stepId) => Invocations.Where(i => i.Record.WorkflowStep == stepId);

    public static ExecutionEngine Engine(
        CapabilityRegistry? capabilities = null, IEnumerable<Playbook>? library = null, ExecutionOptions? options = null) =>
        new(capabilities ?? CapabilityRegistry.Empty.WithFallback(new SimulationCapability()),
            new InMemoryPlaybookResolver(library ?? []), options);

    public static async Task<EngineRun> RunAsync(
        Playbook playbook, ExecutionEngine? engine = null, ImmutableDictionary<string, string>? variables = null)
    {
        var journal = new InMemoryExecutionJournal();
        var handle = (engine ?? Engine()).Start(playbook, new ExecutionRequest
        {
            Observer = journal,
            Variables = variables ?? ImmutableDictionary<string, string>.Empty,
        });
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);
        return new EngineRun(result, journal);
    }
}
