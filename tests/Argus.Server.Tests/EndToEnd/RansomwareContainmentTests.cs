using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.ActuatorSim;
using Argus.ActuatorSim.Certificates;
using Argus.OpenC2.Language;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.EndToEnd;

/// <summary>
/// Issue 7's proof, end to end through the GraphQL API with the host's own worker: an admin configures the sandbox SLPF
/// simulator (real TLS on 127.0.0.1, its certificate as trust), an author imports the ransomware-containment playbook,
/// an operator runs it in EXERCISE mode with the C2 address as a variable; the simulator then holds both deny rules and
/// the execution-status records say what was sent. Waits are bounded polls on the execution's state, never timing asserts.
/// </summary>
public abstract class RansomwareContainmentTests
{
    private const string C2Address = "198.51.100.7";

    private static readonly string[] FinalStates = ["COMPLETED", "FAILED", "CANCELLED", "REFUSED"];

    protected abstract ArgusServerFactory Server { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteCacaoPlaybook_ContainmentAgainstTheSandboxSimulator_DeniesBothAddressesAndRecordsEachCommand()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel);
        var organization = PlaybookApiClient.NewOrganization();
        var origin = simulator.BaseUri.GetLeftPart(UriPartial.Authority);
        await ConfigureSimulatorAsync(organization, simulator);
        var playbook = new RansomwareContainmentPlaybook { ActuatorUrl = origin + "/.well-known/openc2" };
        await ImportAsync(organization, playbook);
        var operatorClient = new ExecutionApiClient(Server, organization, ClassificationLevel.Unclassified, Role.Operator, Role.Viewer);

        var execution = await RunToEndAsync(operatorClient, playbook);
        var statuses = await operatorClient.StatusesAsync(execution.GetProperty("id").GetString()!);

        Assert.True(execution.GetProperty("state").GetString() == "COMPLETED", execution.ToString());
        var rules = simulator.Rules.Snapshot();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule => Assert.Equal(OpenC2Action.Deny, rule.Action));
        var ruleCommands = rules.Select(rule => CommandOf(rule.CommandJson)).ToList();
        Assert.Equal(C2Address, (string?)ruleCommands[0]["target"]!["ipv4_connection"]!["dst_addr"]);
        Assert.Equal("egress", rules[0].Direction);
        Assert.Equal(playbook.InfectedHost, (string?)ruleCommands[1]["target"]!["ipv4_connection"]!["src_addr"]);
        Assert.Equal(2, simulator.Received.Count);

        var records = statuses.EnumerateArray().ToList();
        Assert.Equal([playbook.BlockStepId, playbook.IsolateStepId], records.Select(r => r.GetProperty("workflowStep").GetString()));
        Assert.All(records, record =>
        {
            Assert.Equal("SUCCESSFULLY_EXECUTED", record.GetProperty("status").GetString());
            Assert.Equal(playbook.Id, record.GetProperty("workflowId").GetString());
            Assert.Equal("successfully_executed", JsonNode.Parse(record.GetProperty("json").GetString()!)!["status"]!.GetValue<string>());
        });
        var recorded = records.Select(record => JsonNode.Parse(Decode(Assert.Single(record.GetProperty("commandB64").EnumerateArray()).GetString()!))!).ToList();
        Assert.Equal(C2Address, (string?)recorded[0]["target"]!["ipv4_connection"]!["dst_addr"]);
        Assert.DoesNotContain(RansomwareContainmentPlaybook.C2AddressVariable, recorded[0].ToJsonString(), StringComparison.Ordinal);
        for (var index = 0; index < rules.Count; index++)
        {
            Assert.True(JsonNode.DeepEquals(ruleCommands[index], recorded[index]), $"record {index}: {recorded[index]}, sent: {ruleCommands[index]}");
        }

        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertJsonValidAsync(
            "[" + string.Join(",", records.Select(r => r.GetProperty("json").GetString())) + "]");
    }

    [Fact]
    public async Task ExecuteCacaoPlaybook_AgentIsNotAConfiguredActuator_FailsWithAClientSideErrorAndSendsNothing()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel);
        Uri unconfigured;
        await using (var other = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel))
        {
            unconfigured = other.BaseUri;
        }

        var organization = PlaybookApiClient.NewOrganization();
        await ConfigureSimulatorAsync(organization, simulator);
        var playbook = new RansomwareContainmentPlaybook { ActuatorUrl = unconfigured.GetLeftPart(UriPartial.Authority) + "/.well-known/openc2" };
        await ImportAsync(organization, playbook);
        var operatorClient = new ExecutionApiClient(Server, organization, ClassificationLevel.Unclassified, Role.Operator, Role.Viewer);

        var execution = await RunToEndAsync(operatorClient, playbook);
        var statuses = await operatorClient.StatusesAsync(execution.GetProperty("id").GetString()!);

        Assert.True(execution.GetProperty("state").GetString() == "FAILED", execution.ToString());
        var record = Assert.Single(statuses.EnumerateArray());
        Assert.Equal((playbook.BlockStepId, "CLIENT_SIDE_ERROR"), (record.GetProperty("workflowStep").GetString(), record.GetProperty("status").GetString()));
        Assert.Contains("not a configured OpenC2 actuator", record.GetProperty("statusText").GetString(), StringComparison.Ordinal);
        Assert.Empty(simulator.Received);
        Assert.Equal(0, simulator.Rules.Count);
        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertJsonValidAsync("[" + record.GetProperty("json").GetString() + "]");
    }

    /// <summary>The admin creates the simulator as a SANDBOX actuator trusting its certificate.</summary>
    private async Task ConfigureSimulatorAsync(string organization, RunningSimulator simulator)
    {
        var admin = ActuatorApiClient.Admin(Server, organization);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["trustedCertificateAuthorityPem"] = SimulatorCertificates.ExportPem(simulator.ServerCertificate);
        await admin.CreateSavedAsync(input);
    }

    private async Task ImportAsync(string organization, RansomwareContainmentPlaybook playbook)
    {
        var author = new PlaybookApiClient(Server, organization, ClassificationLevel.Unclassified, Role.Author);
        var result = await author.ImportAsync(playbook.ToText());
        Assert.True(result.GetProperty("outcome").GetString() == "STORED", result.ToString());
    }

    /// <summary>Submits an EXERCISE run with the C2 address and polls the execution until it is final (bounded: 60 s).</summary>
    private static async Task<JsonElement> RunToEndAsync(ExecutionApiClient operatorClient, RansomwareContainmentPlaybook playbook)
    {
        var submitted = await operatorClient.ExecutePlaybookAsync(playbook.Id,
            [ExecutionApiClient.Variable(RansomwareContainmentPlaybook.C2AddressVariable, C2Address)], mode: "EXERCISE");
        var id = ExecutionApiClient.ExecutionId(submitted).ToString();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var execution = await operatorClient.GetAsync(id);
            if (FinalStates.Contains(execution.GetProperty("state").GetString()))
            {
                return execution;
            }

            await Task.Delay(100, Cancel);
        }

        throw new InvalidOperationException($"Execution {id} did not reach a final state within 60 seconds.");
    }

    /// <summary>The OpenC2 command of a body as received: bare, or inside an HTTPS v1.1 message (<c>body.openc2.request</c>).</summary>
    private static JsonNode CommandOf(byte[] body)
    {
        var node = JsonNode.Parse(body)!;
        return node["body"]?["openc2"]?["request"] ?? node;
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));
}
