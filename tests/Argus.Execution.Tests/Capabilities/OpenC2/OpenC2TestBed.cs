using System.Collections.Immutable;
using System.Text.Json;
using Argus.ActuatorSim;
using Argus.Cacao.Model;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>
/// A started actuator simulator (real HTTPS on 127.0.0.1, its own certificate as the only trust anchor), configured
/// as one actuator of a fresh organisation, and an engine whose openc2-http capability reaches it.
/// </summary>
internal sealed class OpenC2TestBed : IAsyncDisposable
{
    private OpenC2TestBed(RunningSimulator simulator, ConfiguredActuator actuator)
    {
        Simulator = simulator;
        Actuator = actuator;
    }

    public RunningSimulator Simulator { get; }

    public ConfiguredActuator Actuator { get; }

    public string Organisation { get; } = $"org-{Guid.NewGuid():N}";

    public OpenC2ClientCache Clients { get; } = new();

    /// <summary>Serves every other command type (the steps that read out_args).</summary>
    public SimulationCapability Simulation { get; } = new();

    /// <summary>The simulator's v1.1 URL, as a playbook's http-api target names it.</summary>
    public string Url => Simulator.V1_1Uri.ToString();

    public static async Task<OpenC2TestBed> StartAsync(
        SimulatorOptions? simulator = null,
        ActuatorEnvironment environment = ActuatorEnvironment.Sandbox,
        Func<OpenC2Endpoint, OpenC2Endpoint>? endpoint = null,
        ImmutableArray<string>? profiles = null,
        string? name = null)
    {
        var running = await ActuatorSimulator.StartAsync(simulator ?? new SimulatorOptions(), TestContext.Current.CancellationToken);
        var configured = new OpenC2Endpoint(running.BaseUri)
        {
            TrustedCertificateAuthorities = [running.ServerCertificate],
            Timeout = TimeSpan.FromSeconds(20),
        };
        var actuator = new ConfiguredActuator(name ?? $"sim-{Guid.NewGuid():N}", endpoint?.Invoke(configured) ?? configured, environment,
            profiles ?? ["slpf"]);
        return new OpenC2TestBed(running, actuator);
    }

    public IActuatorDirectory Directory => ConfiguredActuatorDirectory.Empty.With(Organisation, Actuator);

    public ExecutionEngine Engine(ExecutionOptions? options = null, TimeProvider? clock = null) =>
        new(OpenC2HttpCapability.Register(CapabilityRegistry.Empty.WithFallback(Simulation), Directory, Clients),
            options: options, timeProvider: clock);

    public async Task<EngineRun> RunAsync(Playbook playbook, ExecutionMode mode = ExecutionMode.Live,
        ExecutionEngine? engine = null, string? organisation = null)
    {
        var journal = new InMemoryExecutionJournal();
        var handle = (engine ?? Engine()).Start(playbook, new ExecutionRequest
        {
            Observer = journal,
            Mode = mode,
            Organisation = organisation ?? Organisation,
        });
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);
        return new EngineRun(result, journal);
    }

    /// <summary>The bare command inside the <paramref name="index"/>th v1.1 request the simulator received.</summary>
    public JsonElement ReceivedCommand(int index)
    {
        using var document = JsonDocument.Parse(Simulator.Received[index].Body);
        return document.RootElement.GetProperty("body").GetProperty("openc2").GetProperty("request").Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Clients.Dispose();
        await Simulator.DisposeAsync();
    }
}
