using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class CommandShapesTests
{
    private static readonly string CommandPath = $"{TestPlaybooks.ActionPath}/commands/0";

    private static JsonObject WithCommand(JsonObject command)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action()["commands"] = new JsonArray(command);
        return playbook;
    }

    [Theory]
    [InlineData("manual")]
    [InlineData("bash")]
    [InlineData("ssh")]
    [InlineData("powershell")]
    [InlineData("caldera-cmd")]
    public void Validate_ShellCommandWithNeitherCommandNorBase64_ReportsCommandMissing(string type)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = type });

        playbook.Validate().AssertError(ValidationCodes.CommandMissing, CommandPath);
    }

    [Theory]
    [InlineData("elastic")]
    [InlineData("jupyter")]
    [InlineData("kestrel")]
    [InlineData("sigma")]
    [InlineData("yara")]
    public void Validate_Base64OnlyCommandWithoutCommandB64_ReportsPropertyRequired(string type)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = type, ["command"] = "rule x {}" });

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.PropertyRequired, $"{CommandPath}/command_b64");
        report.AssertWarning(ValidationCodes.PropertyUnknown, $"{CommandPath}/command");
    }

    [Theory]
    [InlineData("bash", "ZWNobyBoaQ==")]
    [InlineData("yara", "cnVsZSB4IHt9")]
    public void Validate_ValidCommandB64_ReportsNothing(string type, string base64)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = type, ["command_b64"] = base64 });

        playbook.Validate().AssertClean();
    }

    [Theory]
    [InlineData("ZWNobyBoaQ")]
    [InlineData("ZWNo b2hp")]
    [InlineData("ZWNo_-hp")]
    [InlineData("ZW=NobyBo")]
    public void Validate_InvalidCommandB64_ReportsBase64Invalid(string base64)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "bash", ["command_b64"] = base64 });

        playbook.Validate().AssertError(ValidationCodes.Base64Invalid, $"{CommandPath}/command_b64");
    }

    [Theory]
    [InlineData("""ZWNobyBoaQ\u003d\u003d""", true)]
    [InlineData("""ZW\/v""", true)]
    [InlineData("""ZWNo\u0020b2hp""", false)]
    [InlineData("""ZWNob\u00e9==""", false)]
    public void Validate_CommandB64WrittenWithEscapes_JudgesTheDecodedText(string escaped, bool valid)
    {
        var json = WithCommand(new JsonObject { ["type"] = "bash", ["command_b64"] = "PLACEHOLDER" }).ToJsonString()
            .Replace("PLACEHOLDER", escaped, StringComparison.Ordinal);

        var report = new PlaybookValidator().Validate(json);

        if (valid)
        {
            report.AssertClean();
        }
        else
        {
            report.AssertError(ValidationCodes.Base64Invalid, $"{CommandPath}/command_b64");
        }
    }

    [Theory]
    [InlineData("GET /x")]
    [InlineData("GET  /x HTTP/1.1")]
    [InlineData("GET /x HTTP/1.1 extra")]
    [InlineData("GET /x HTTP/1.1 ")]
    [InlineData("GET /x HTTP/x")]
    public void Validate_HttpApiStartLineNotThreeParts_WarnsNonstandardStartLine(string startLine)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "http-api", ["command"] = startLine });

        playbook.Validate().AssertWarning(ValidationCodes.HttpStartLineNonstandard, $"{CommandPath}/command");
    }

    [Theory]
    [InlineData("GET /x HTTP/2")]
    [InlineData("DELETE /api?id=1 HTTP/1.0")]
    [InlineData("__method__:value /x HTTP/1.1")]
    public void Validate_HttpApiStartLineWellFormed_ReportsNothing(string startLine)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "http-api", ["command"] = startLine });
        playbook["playbook_variables"]!["__method__"] = new JsonObject { ["type"] = "string", ["value"] = "GET" };

        playbook.Validate().AssertClean();
    }

    [Theory]
    [InlineData("get /x HTTP/1.1")]
    [InlineData(" GET /x HTTP/1.1")]
    [InlineData("GËT /x HTTP/1.1")]
    public void Validate_HttpApiStartLineWithoutUpperCaseMethod_ReportsHttpStartLine(string startLine)
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "http-api", ["command"] = startLine });

        playbook.Validate().AssertError(ValidationCodes.HttpStartLine, $"{CommandPath}/command");
    }

    [Fact]
    public void Validate_HttpApiWithoutCommand_ReportsPropertyRequired()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "http-api", ["content"] = "{}" });

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"{CommandPath}/command");
    }

    [Fact]
    public void Validate_HttpApiCommandWithoutMethod_ReportsHttpStartLine()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "http-api", ["command"] = "/api/v1/block HTTP/1.1" });

        playbook.Validate().AssertError(ValidationCodes.HttpStartLine, $"{CommandPath}/command");
    }

    [Fact]
    public void Validate_HttpApiCommandWithoutVersion_WarnsNonstandardStartLine()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "http-api", ["command"] = "GET get HTTP1.1" });

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.HttpStartLineNonstandard, $"{CommandPath}/command");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_HttpApiWellFormed_ReportsNothing()
    {
        var playbook = WithCommand(new JsonObject
        {
            ["type"] = "http-api",
            ["command"] = "POST /api/v1/block?ip=__ip__:value HTTP/1.1",
            ["headers"] = new JsonObject { ["Content-Type"] = new JsonArray("application/json") },
            ["content"] = "{\"ip\": \"__ip__:value\"}",
        });

        playbook.Validate().AssertClean();
    }

    [Fact]
    public void Validate_HeaderValueNotAList_ReportsTypeMismatch()
    {
        var playbook = WithCommand(new JsonObject
        {
            ["type"] = "http-api",
            ["command"] = "GET / HTTP/1.1",
            ["headers"] = new JsonObject { ["Accept"] = "application/json" },
        });

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, $"{CommandPath}/headers/Accept");
    }

    [Fact]
    public void Validate_OpenC2WithGet_ReportsOpenC2Method()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "openc2-http", ["command"] = "GET /openc2 HTTP/1.1", ["content_b64"] = "e30=" });

        playbook.Validate().AssertError(ValidationCodes.OpenC2Method, $"{CommandPath}/command");
    }

    [Fact]
    public void Validate_OpenC2WithoutContent_ReportsPropertyRequired()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "openc2-http", ["command"] = "POST /openc2 HTTP/1.1" });

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"{CommandPath}/content_b64");
    }

    [Fact]
    public void Validate_CustomCommandType_WarnsVocabularyUnknownOnly()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "openc2", ["command"] = "POST post HTTP1.1", ["anything"] = 1 });

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.VocabularyUnknown, $"{CommandPath}/type");
        Assert.Single(report.Issues);
    }

    [Fact]
    public void Validate_UnknownPlaybookActivity_WarnsVocabularyUnknown()
    {
        var playbook = WithCommand(new JsonObject { ["type"] = "ssh", ["command"] = "id", ["playbook_activity"] = "pray" });

        playbook.Validate().AssertWarning(ValidationCodes.VocabularyUnknown, $"{CommandPath}/playbook_activity");
    }
}
