using System.Collections.Immutable;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Execution.Status;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

public sealed class OpenC2OutcomeTests
{
    private static readonly ConfiguredActuator Actuator = new("fw", new OpenC2Endpoint(new Uri("https://127.0.0.1:8443"))
    {
        Authentication = new OpenC2Authentication.Bearer("tok-outcome-91ab"),
    }, ActuatorEnvironment.Sandbox, ["slpf"]);

    [Theory]
    [InlineData(102, ExecutionStatus.SuccessfullyExecuted)]
    [InlineData(200, ExecutionStatus.SuccessfullyExecuted)]
    [InlineData(400, ExecutionStatus.ClientSideError)]
    [InlineData(401, ExecutionStatus.ClientSideError)]
    [InlineData(403, ExecutionStatus.ClientSideError)]
    [InlineData(404, ExecutionStatus.ClientSideError)]
    [InlineData(500, ExecutionStatus.ServerSideError)]
    [InlineData(501, ExecutionStatus.ServerSideError)]
    [InlineData(503, ExecutionStatus.ServerSideError)]
    [InlineData(302, ExecutionStatus.ServerSideError)]
    public void StatusOf_OpenC2Status_MapsToStepStatus(int status, ExecutionStatus expected) =>
        Assert.Equal(expected, OpenC2Outcome.StatusOf(status));

    [Fact]
    public void From_ResponseWithResults_OutputsStatusTextResultsAndResponse()
    {
        var response = new OpenC2Response(OpenC2StatusCode.Ok)
        {
            StatusText = "Rule added.",
            Results = new OpenC2Results
            {
                Extensions = ImmutableDictionary<string, System.Text.Json.JsonElement>.Empty.Add("slpf", OpenC2Json.Parse("""{"rule_number":7}""")),
            },
        };
        var sent = new OpenC2SendResult.Response("req-1", new OpenC2ResponseMessage(OpenC2MessageHeaders.None, response), 200, "req-1");

        var result = OpenC2Outcome.From(sent, Actuator);

        Assert.True(result.IsSuccess);
        Assert.Equal("200", result.Outputs[OpenC2Outputs.Status]);
        Assert.Equal("Rule added.", result.Outputs[OpenC2Outputs.StatusText]);
        Assert.Equal("""{"slpf":{"rule_number":7}}""", result.Outputs[OpenC2Outputs.Results]);
        Assert.Equal("""{"status":200,"status_text":"Rule added.","results":{"slpf":{"rule_number":7}}}""", result.Outputs[OpenC2Outputs.Response]);
        Assert.Equal(result.Outputs[OpenC2Outputs.Response], result.Outputs[OpenC2Outputs.SoarcaResult]);
        Assert.Equal("req-1", result.Outputs[OpenC2Outputs.RequestId]);
        Assert.Equal("fw", result.Outputs[OpenC2Outputs.Actuator]);
    }

    [Fact]
    public void From_ConsumerEchoesTheToken_TextAndOutputsRedacted()
    {
        var response = new OpenC2Response(OpenC2StatusCode.Unauthorized) { StatusText = "Bad header: Bearer tok-outcome-91ab" };
        var sent = new OpenC2SendResult.Response("req-2", new OpenC2ResponseMessage(OpenC2MessageHeaders.None, response), 401, null);

        var result = OpenC2Outcome.From(sent, Actuator);

        Assert.Equal(ExecutionStatus.ClientSideError, result.Status);
        Assert.DoesNotContain("tok-outcome-91ab", result.StatusText, StringComparison.Ordinal);
        Assert.All(result.Outputs.Values, v => Assert.DoesNotContain("tok-outcome-91ab", v, StringComparison.Ordinal));
    }

    [Fact]
    public void From_HttpErrorEchoingTheToken_Redacted()
    {
        var sent = new OpenC2SendResult.HttpError("req-3", 502, "<p>upstream said Bearer tok-outcome-91ab</p>");

        var result = OpenC2Outcome.From(sent, Actuator);

        Assert.Equal(ExecutionStatus.ServerSideError, result.Status);
        Assert.Contains("[redacted]", result.StatusText, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-outcome-91ab", result.StatusText, StringComparison.Ordinal);
    }

    [Fact]
    public void From_Timeout_TimeoutError()
    {
        var result = OpenC2Outcome.From(new OpenC2SendResult.Timeout("req-4", TimeSpan.FromSeconds(3)), Actuator);

        Assert.Equal(ExecutionStatus.TimeoutError, result.Status);
        Assert.Contains("3000 ms", result.StatusText, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_BasicCredentials_RemovesPasswordAndHeaderValue()
    {
        var basic = new OpenC2Authentication.Basic("argus", "pw-4c2d");
        var header = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("argus:pw-4c2d"));

        var text = OpenC2Outcome.Redact($"echo pw-4c2d and Basic {header}", basic);

        Assert.Equal("echo [redacted] and Basic [redacted]", text);
    }
}
