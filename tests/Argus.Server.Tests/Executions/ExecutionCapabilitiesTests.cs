using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Server.Executions;

namespace Argus.Server.Tests.Executions;

public sealed class ExecutionCapabilitiesTests
{
    [Fact]
    public void For_Live_ServesManualAndRegisteredTypesOnly()
    {
        var registered = new SimulationCapability();
        var capabilities = new ExecutionCapabilities([registered]);

        var live = capabilities.For(ExecutionMode.Live);

        Assert.IsType<ManualCapability>(live.Find("manual", null));
        Assert.Same(registered, live.Find("simulation", null));
        Assert.Null(live.Find("bash", null));
    }

    [Fact]
    public void For_Exercise_SimulatesCommandTypesNothingServes()
    {
        var capabilities = new ExecutionCapabilities([]);

        var exercise = capabilities.For(ExecutionMode.Exercise);

        Assert.IsType<SimulationCapability>(exercise.Find("bash", null));
        Assert.IsType<ManualCapability>(exercise.Find("manual", null));
    }

    [Fact]
    public void For_TwoExerciseRuns_EachGetsItsOwnSimulation()
    {
        var capabilities = new ExecutionCapabilities([]);

        var first = capabilities.For(ExecutionMode.Exercise).Find("bash", null);
        var second = capabilities.For(ExecutionMode.Exercise).Find("bash", null);

        Assert.NotSame(first, second);
    }
}
