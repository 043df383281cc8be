using System.Collections.Immutable;
using Argus.ActuatorSim;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>How each answer of a real consumer becomes the step's status (issue 7 part 4).</summary>
public sealed class OpenC2HttpCapabilityStatusTests
{
    public static TheoryData<string, bool, ExecutionStatus, string> SimulatorAnswers() => new()
    {
        // update file without a name: the simulator answers 400.
        { """{"action":"update","target":{"file":{"path":"/etc/fw.conf"}}}""", false, ExecutionStatus.ClientSideError, "OpenC2 400" },
        // an actuator profile the simulator does not implement: 404.
        { """{"action":"deny","target":{"ipv4_net":"198.51.100.30"},"actuator":{"x-acme":{}}}""", false, ExecutionStatus.ClientSideError, "OpenC2 404" },
        // removing a rule that does not exist: 500.
        { """{"action":"delete","target":{"slpf:rule_number":4242}}""", false, ExecutionStatus.ServerSideError, "OpenC2 500" },
        // an action the SLPF does not do: 501.
        { """{"action":"contain","target":{"device":{"hostname":"ws-17"}}}""", false, ExecutionStatus.ServerSideError, "OpenC2 501" },
        // yuuki's quirk: HTTP 200 on every answer; the body's status decides.
        { """{"action":"deny","target":{"ipv4_net":"198.51.100.31"},"actuator":{"x-acme":{}}}""", true, ExecutionStatus.ClientSideError, "OpenC2 404" },
        { """{"action":"contain","target":{"device":{"hostname":"ws-18"}}}""", true, ExecutionStatus.ServerSideError, "OpenC2 501" },
        { """{"action":"deny","target":{"ipv4_net":"198.51.100.32"}}""", true, ExecutionStatus.SuccessfullyExecuted, "OpenC2 200" },
    };

    [Theory]
    [MemberData(nameof(SimulatorAnswers))]
    public async Task ExecuteAsync_SimulatorAnswer_MapsTheBodyStatus(string json, bool alwaysHttp200, ExecutionStatus expected, string text)
    {
        await using var bed = await OpenC2TestBed.StartAsync(new SimulatorOptions { BodyStatusDiffersFromHttpStatus = alwaysHttp200 },
            profiles: []);
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(json), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(expected, record.Status);
        Assert.Contains(text, record.StatusText, StringComparison.Ordinal);
        Assert.Single(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_BodyStatus102ForAck_SucceedsSayingAccepted()
    {
        await using var bed = await OpenC2TestBed.StartAsync(new SimulatorOptions { ProcessingForAck = true });
        var json = """{"action":"deny","target":{"ipv4_net":"198.51.100.33"},"args":{"response_requested":"ack"}}""";
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(json), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, record.Status);
        Assert.Contains("accepted", record.StatusText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_NoContentForResponseRequestedNone_Succeeds()
    {
        await using var bed = await OpenC2TestBed.StartAsync(new SimulatorOptions { NoContentForResponseRequestedNone = true });
        var json = """{"action":"deny","target":{"ipv4_net":"198.51.100.34"},"args":{"response_requested":"none"}}""";
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(json), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, record.Status);
        Assert.Contains("HTTP 204", record.StatusText, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.Rules.Count);
    }

    [Fact]
    public async Task ExecuteAsync_WrongBearerToken_ClientSideErrorWithoutTheToken()
    {
        const string wrong = "tok-wrong-5c1d7e";
        await using var bed = await OpenC2TestBed.StartAsync(new SimulatorOptions { RequiredAuthorization = "Bearer tok-right" },
            endpoint: e => e with { Authentication = new OpenC2Authentication.Bearer(wrong) });
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.35")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ClientSideError, record.Status);
        Assert.Contains("OpenC2 401", record.StatusText, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, ExecutionStatusWriter.ToJson(run.Journal.StatusRecords), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_HangingConsumerAndShortStepTimeout_TimeoutError()
    {
        await using var bed = await OpenC2TestBed.StartAsync(new SimulatorOptions { HangFor = TimeSpan.FromMinutes(5) });
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.36")),
            OpenC2Steps.HttpApiTarget(bed.Url), timeoutMs: 400);

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.TimeoutError, run.Single(step).Record.Status);
        Assert.Equal(0, bed.Simulator.Rules.Count);
    }

    [Fact]
    public async Task ExecuteAsync_HangingConsumerAndShortActuatorTimeout_TimeoutError()
    {
        await using var bed = await OpenC2TestBed.StartAsync(new SimulatorOptions { HangFor = TimeSpan.FromMinutes(5) },
            endpoint: e => e with { Timeout = TimeSpan.FromMilliseconds(400) });
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.37")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.TimeoutError, record.Status);
        Assert.Contains(bed.Actuator.Name, record.StatusText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ServerCertificateNotTrusted_ServerSideErrorNamingTls()
    {
        await using var bed = await OpenC2TestBed.StartAsync(endpoint: e => e with { TrustedCertificateAuthorities = null });
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.38")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ServerSideError, record.Status);
        Assert.Contains("TLS", record.StatusText, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_NothingListensAtTheActuator_ServerSideErrorNamingTheConnection()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closed = new Uri($"https://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}");
        listener.Stop();
        await using var bed = await OpenC2TestBed.StartAsync(endpoint: e => e with { BaseUri = closed });
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.40")),
            OpenC2Steps.HttpApiTarget(new Uri(closed, "/.well-known/openc2").ToString()));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ServerSideError, record.Status);
        Assert.Contains("connection failure", record.StatusText, StringComparison.Ordinal);
    }

    public static TheoryData<int, string, string, ExecutionStatus> ScriptedAnswers() => new()
    {
        { 403, OpenC2ContentTypes.V1_1, """{"body":{"openc2":{"response":{"status":403,"status_text":"Forbidden."}}}}""", ExecutionStatus.ClientSideError },
        { 503, OpenC2ContentTypes.V1_1, """{"body":{"openc2":{"response":{"status":503,"status_text":"Busy."}}}}""", ExecutionStatus.ServerSideError },
        { 200, OpenC2ContentTypes.V1_1, """{"body":{"openc2":{"response":{"status":503,"status_text":"Busy."}}}}""", ExecutionStatus.ServerSideError },
        { 502, "text/html", "<html><body>Bad gateway</body></html>", ExecutionStatus.ServerSideError },
        { 404, "text/html", "<html><body>Not found</body></html>", ExecutionStatus.ClientSideError },
        { 200, OpenC2ContentTypes.V1_1, """{"unexpected":true}""", ExecutionStatus.ServerSideError },
    };

    [Theory]
    [MemberData(nameof(ScriptedAnswers))]
    public async Task ExecuteAsync_ScriptedAnswer_MapsToStepStatus(int httpStatus, string contentType, string body, ExecutionStatus expected)
    {
        await using var consumer = new ScriptedConsumer(httpStatus, contentType, body);
        var actuator = new ConfiguredActuator("scripted", new OpenC2Endpoint(consumer.BaseUri)
        {
            TrustedCertificateAuthorities = [consumer.Certificate],
            Timeout = TimeSpan.FromSeconds(20),
        }, ActuatorEnvironment.Sandbox, ["slpf"]);
        var organisation = $"org-{Guid.NewGuid():N}";
        using var clients = new OpenC2ClientCache();
        var engine = new ExecutionEngine(OpenC2HttpCapability.Register(CapabilityRegistry.Empty,
            ConfiguredActuatorDirectory.Empty.With(organisation, actuator), clients));
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.39")),
            OpenC2Steps.HttpApiTarget(new Uri(consumer.BaseUri, "/.well-known/openc2").ToString()));
        var journal = new InMemoryExecutionJournal();

        var result = await engine.Start(playbook, new ExecutionRequest { Observer = journal, Organisation = organisation },
            TestContext.Current.CancellationToken).Completion.WaitAsync(TestContext.Current.CancellationToken);

        var record = new EngineRun(result, journal).Single(step).Record;
        Assert.Equal(expected, record.Status);
        Assert.Equal(1, consumer.Requests);
    }
}
