using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.ActuatorSim;
using Argus.ActuatorSim.Certificates;

namespace Argus.Cli.Tests.Commands;

/// <summary><c>argus run --actuators FILE</c> against the sandbox actuator on 127.0.0.1.</summary>
public sealed class RunCommandActuatorsTests
{
    [Fact]
    public async Task Run_SimulatedWithSandboxActuator_SendsTheDenyAndRecordsSuccess()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), TestContext.Current.CancellationToken);
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", DenyPlaybook(simulator.V1_1Uri.ToString()));
        var actuators = ActuatorsFile(folder, simulator, "sandbox");
        var statusFile = Path.Combine(folder.Path, "status.json");

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--actuators", actuators, "--status-out", statusFile);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(1, simulator.Rules.Count);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(statusFile, TestContext.Current.CancellationToken));
        Assert.Equal("successfully_executed", Assert.Single(document.RootElement.EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Run_SimulatedWithProductionActuator_RefusedAndNothingSent()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), TestContext.Current.CancellationToken);
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", DenyPlaybook(simulator.V1_1Uri.ToString()));
        var actuators = ActuatorsFile(folder, simulator, "production");

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--actuators", actuators);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task Run_ActuatorsFileInvalid_ExitsTwoNamingTheProblem()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", DenyPlaybook("https://127.0.0.1:1/.well-known/openc2"));
        var actuators = folder.Write("actuators.json", """{"actuators":[{"name":"sim","url":"https://127.0.0.1:1"}]}""");

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--actuators", actuators);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("environment", run.Error, StringComparison.Ordinal);
    }

    private static string ActuatorsFile(TempFolder folder, RunningSimulator simulator, string environment)
    {
        folder.Write("sim.pem", SimulatorCertificates.ExportPem(simulator.ServerCertificate));
        var file = new JsonObject
        {
            ["actuators"] = new JsonArray(new JsonObject
            {
                ["name"] = "sim",
                ["url"] = simulator.BaseUri.ToString(),
                ["environment"] = environment,
                ["profiles"] = new JsonArray("slpf"),
                ["trust"] = new JsonObject { ["certificate_file"] = "sim.pem" },
            }),
        };
        return folder.Write("actuators.json", file.ToJsonString());
    }

    private static string DenyPlaybook(string actuatorUrl)
    {
        const string start = "start--0d5f6b1e-3c2a-4e8f-9b7d-1a2b3c4d5e6f";
        const string action = "action--6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b";
        const string end = "end--9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
        const string agent = "http-api--2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
        var deny = """{"action":"deny","target":{"ipv4_net":"198.51.100.77"},"args":{"response_requested":"complete"},"actuator":{"slpf":{}}}""";
        var playbook = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = "playbook--5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
            ["name"] = "Deny an address",
            ["description"] = "Blocks one IPv4 address at the firewall.",
            ["created_by"] = "identity--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            ["created"] = "2025-01-01T00:00:00.000Z",
            ["modified"] = "2025-01-01T00:00:00.000Z",
            ["agent_definitions"] = new JsonObject
            {
                [agent] = new JsonObject
                {
                    ["type"] = "http-api",
                    ["name"] = "edge firewall",
                    ["address"] = new JsonObject { ["url"] = new JsonArray(actuatorUrl) },
                },
            },
            ["workflow_start"] = start,
            ["workflow"] = new JsonObject
            {
                [start] = new JsonObject { ["type"] = "start", ["on_completion"] = action },
                [action] = new JsonObject
                {
                    ["type"] = "action",
                    ["commands"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "openc2-http",
                        ["command"] = "POST /.well-known/openc2 HTTP/1.1",
                        ["content_b64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(deny)),
                    }),
                    ["agent"] = agent,
                    // on_success: a refused command fails the run (with on_completion the playbook would go on).
                    ["on_success"] = end,
                },
                [end] = new JsonObject { ["type"] = "end" },
            },
        };
        return playbook.ToJsonString();
    }
}
