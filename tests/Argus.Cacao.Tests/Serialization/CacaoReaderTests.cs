using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;
using static Argus.Cacao.Tests.Model.TestPlaybooks;

namespace Argus.Cacao.Tests.Serialization;

public sealed class CacaoReaderTests
{
    [Fact]
    public void Read_UnknownTopLevelMember_KeepsItRawAndWritesItBackInPlace()
    {
        const string json = """{"type":"playbook","x_acme_rating":{"score":[1,2.50,"high"]},"id":"playbook--1"}""";

        var playbook = Read(json);

        Assert.True(playbook.Unknown.TryGetValue("x_acme_rating", out var raw));
        Assert.Equal("""{"score":[1,2.50,"high"]}""", raw.GetRawText());
        Assert.Equal(json, WriteText(playbook));
    }

    [Fact]
    public void Read_UnknownMembersInStepAndCommand_AreKeptWhereTheyWere()
    {
        const string json = """
            {"workflow":{"action--1":{"type":"action","x_step":true,"commands":[{"type":"bash","x_cmd":[null],"command":"ls"}],"agent":"a"}}}
            """;

        var playbook = Read(json);

        var step = Assert.IsType<ActionStep>(Present(playbook.Workflow)["action--1"]);
        Assert.True(step.Unknown.TryGetValue("x_step", out _));
        var command = Assert.Single(Assert.NotNull(step.Commands));
        Assert.Equal("ls", command.Command);
        Assert.True(command.Unknown.TryGetValue("x_cmd", out _));
        Assert.Equal(json.Trim(), WriteText(playbook));
    }

    [Fact]
    public void Read_WorkflowAsList_KeepsItRawUnderItsNameAndPosition()
    {
        const string json = """{"workflow_start":"step--1","workflow":[{"step_uuid":"step--1","type":"action"}],"name":"Old draft"}""";

        var playbook = Read(json);

        Assert.Null(playbook.Workflow);
        Assert.Equal("step--1", playbook.WorkflowStart);
        Assert.Equal(JsonValueKind.Array, playbook.Unknown.Values["workflow"].ValueKind);
        Assert.Equal(json, WriteText(playbook));
    }

    [Theory]
    [InlineData("""{"name":42}""", "name")]
    [InlineData("""{"priority":"high"}""", "priority")]
    [InlineData("""{"priority":2.5}""", "priority")]
    [InlineData("""{"priority":99999999999}""", "priority")]
    [InlineData("""{"revoked":"false"}""", "revoked")]
    [InlineData("""{"labels":["a",1]}""", "labels")]
    [InlineData("""{"playbook_variables":{"__a__":"text"}}""", "playbook_variables")]
    [InlineData("""{"signatures":{}}""", "signatures")]
    public void Read_MemberOfWrongJsonType_KeepsItRawAndRoundTrips(string json, string member)
    {
        var playbook = Read(json);

        Assert.True(playbook.Unknown.TryGetValue(member, out _));
        Assert.Equal(json, WriteText(playbook));
    }

    [Fact]
    public void Read_FractionalDelay_KeepsItRawWhileOtherStepMembersAreRead()
    {
        const string json = """{"workflow":{"end--1":{"type":"end","delay":1.5,"timeout":1000,"name":"Stop"}}}""";

        var step = Present(Read(json).Workflow)["end--1"];

        Assert.Null(step.Delay);
        Assert.Equal(1000, step.Timeout);
        Assert.Equal("Stop", step.Name);
        Assert.Equal("1.5", step.Unknown.Values["delay"].GetRawText());
    }

    [Fact]
    public void Read_MicrosecondTimestamps_KeepsThemVerbatim()
    {
        const string json = """{"created":"2023-11-20T15:56:00.123456Z","modified":"2023-11-20T15:56:00.123456Z"}""";

        var playbook = Read(json);

        Assert.Equal("2023-11-20T15:56:00.123456Z", playbook.Created);
        Assert.Equal(json, WriteText(playbook));
    }

    [Fact]
    public void Read_EmptyTargetsList_IsEmptyNotAbsent()
    {
        const string json = """{"workflow":{"action--1":{"type":"action","targets":[]}}}""";

        var step = Assert.IsType<ActionStep>(Present(Read(json).Workflow)["action--1"]);

        Assert.NotNull(step.Targets);
        Assert.Empty(step.Targets.Value);
        Assert.Null(step.InArgs);
        Assert.Equal(json, WriteText(Read(json)));
    }

    [Fact]
    public void Read_StringWithLoneSurrogateInModelledMember_KeepsItRaw()
    {
        const string json = """{"name":"\ud800"}""";

        var playbook = Read(json);

        Assert.Null(playbook.Name);
        Assert.True(playbook.Unknown.TryGetValue("name", out _));
    }

    [Fact]
    public void Read_MemberNameWithLoneSurrogate_IsRejectedWithItsObjectPointer()
    {
        var result = CacaoReader.Read(Encoding.UTF8.GetBytes("""{"workflow":{"end--1":{"type":"end","\udc00":1}}}"""));

        var issue = Assert.Single(Assert.IsType<CacaoReadResult.Rejected>(result).Issues);
        Assert.Equal("json.invalid-unicode", issue.Code);
        Assert.Equal("/workflow/end--1", issue.Path);
    }

    [Fact]
    public void Read_ElementWithStepMemberNameWithLoneSurrogate_KeepsTheWorkflowRaw()
    {
        using var document = JsonDocument.Parse("""{"workflow":{"end--1":{"type":"end","\udc00":1}}}""");

        var playbook = Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(document.RootElement)).Playbook;

        Assert.Null(playbook.Workflow);
        Assert.True(playbook.Unknown.TryGetValue("workflow", out _));
    }

    [Fact]
    public void Read_ElementWithTopLevelMemberNameWithLoneSurrogate_IsRejectedAsUnreadable()
    {
        using var document = JsonDocument.Parse("""{"\ud800":1}""");

        var result = CacaoReader.Read(document.RootElement);

        Assert.Equal(CacaoReader.UnreadableCode, Assert.Single(Assert.IsType<CacaoReadResult.Rejected>(result).Issues).Code);
    }

    [Theory]
    [InlineData("[]", "array")]
    [InlineData("\"playbook\"", "string")]
    [InlineData("null", "null")]
    [InlineData("12", "number")]
    public void Read_TopLevelValueNotObject_IsRejectedWithNotAnObject(string json, string kind)
    {
        var result = CacaoReader.Read(Encoding.UTF8.GetBytes(json));

        var issue = Assert.Single(Assert.IsType<CacaoReadResult.Rejected>(result).Issues);
        Assert.Equal(CacaoReader.NotAnObjectCode, issue.Code);
        Assert.Equal(JsonPointer.Root, issue.Path);
        Assert.Contains(kind, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("")]
    [InlineData("{\"a\":1} {}")]
    [InlineData("{'a':1}")]
    public void Read_MalformedJson_IsRejectedWithoutThrowing(string json)
    {
        var result = CacaoReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal("json.malformed", Assert.Single(Assert.IsType<CacaoReadResult.Rejected>(result).Issues).Code);
    }

    [Fact]
    public void Read_DuplicateMemberNames_IsRejectedWithTheirPointer()
    {
        var result = CacaoReader.Read(Encoding.UTF8.GetBytes("""{"workflow":{"end--1":{"type":"end","type":"start"}}}"""));

        var issue = Assert.Single(Assert.IsType<CacaoReadResult.Rejected>(result).Issues);
        Assert.Equal("json.duplicate-key", issue.Code);
        Assert.Equal("/workflow/end--1/type", issue.Path);
    }

    [Fact]
    public void Read_DocumentOverConfiguredSize_IsRejectedAsTooLarge()
    {
        var options = new CacaoReaderOptions { Limits = new JsonInputLimits { MaxDocumentBytes = 16 } };

        var result = CacaoReader.Read(Encoding.UTF8.GetBytes("""{"name":"longer than sixteen bytes"}"""), options);

        Assert.Equal("json.too-large", Assert.Single(Assert.IsType<CacaoReadResult.Rejected>(result).Issues).Code);
    }

    [Fact]
    public void Read_JsonElementWhoseDocumentIsDisposedAfterwards_KeepsEveryValue()
    {
        CacaoReadResult result;
        using (var document = JsonDocument.Parse("""{"name":"n","x_raw":{"deep":[1]},"playbook_extensions":{"extension-definition--1":{"a":1}}}"""))
        {
            result = CacaoReader.Read(document.RootElement);
        }

        var playbook = Assert.IsType<CacaoReadResult.Parsed>(result).Playbook;
        Assert.Equal("""{"name":"n","x_raw":{"deep":[1]},"playbook_extensions":{"extension-definition--1":{"a":1}}}""", WriteText(playbook));
    }

    [Fact]
    public void Read_ExtensionValues_KeepsThemRawInKeyOrder()
    {
        const string json = """
            {"playbook_extensions":{"extension-definition--b":{"z":1,"a":[2]},"extension-definition--a":{"k":"v"}}}
            """;

        var extensions = Present(Read(json).PlaybookExtensions);

        Assert.Equal(["extension-definition--b", "extension-definition--a"], extensions.Keys);
        Assert.Equal("""{"z":1,"a":[2]}""", extensions["extension-definition--b"].GetRawText());
    }
}
