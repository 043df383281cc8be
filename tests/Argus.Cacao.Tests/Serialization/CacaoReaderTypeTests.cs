using System.Text.Json;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Markings;
using Argus.Cacao.Model.Workflow;
using static Argus.Cacao.Tests.Model.TestPlaybooks;

namespace Argus.Cacao.Tests.Serialization;

public sealed class CacaoReaderTypeTests
{
    [Theory]
    [InlineData("start", typeof(StartStep))]
    [InlineData("end", typeof(EndStep))]
    [InlineData("action", typeof(ActionStep))]
    [InlineData("playbook-action", typeof(PlaybookActionStep))]
    [InlineData("parallel", typeof(ParallelStep))]
    [InlineData("if-condition", typeof(IfConditionStep))]
    [InlineData("while-condition", typeof(WhileConditionStep))]
    [InlineData("switch-condition", typeof(SwitchConditionStep))]
    [InlineData("loop", typeof(UnknownStep))]
    public void Read_StepType_ReadsItsRecord(string type, Type expected)
    {
        var playbook = Read("""{"workflow":{"s":{"type":"TYPE","name":"n"}}}""".Replace("TYPE", type, StringComparison.Ordinal));

        var step = Present(playbook.Workflow)["s"];
        Assert.IsType(expected, step);
        Assert.Equal(type, step.Type);
        Assert.Equal("n", step.Name);
    }

    [Fact]
    public void Read_CustomStepType_ReadsCommonMembersAndKeepsTheRest()
    {
        const string json = """{"workflow":{"loop--1":{"type":"loop","body":["a"],"on_completion":"end--1","timeout":5}}}""";

        var step = Assert.IsType<UnknownStep>(Present(Read(json).Workflow)["loop--1"]);

        Assert.Equal("loop", step.Type);
        Assert.Equal("end--1", step.OnCompletion);
        Assert.Equal(5, step.Timeout);
        Assert.Equal("""["a"]""", step.Unknown.Values["body"].GetRawText());
        Assert.Equal(json, WriteText(Read(json)));
    }

    [Theory]
    [InlineData("""{"workflow":{"s":{"name":"no type"}}}""")]
    [InlineData("""{"workflow":{"s":{"type":7,"name":"numeric type"}}}""")]
    public void Read_StepWithoutStringType_ReadsUnknownStepWithNullTypeAndRoundTrips(string json)
    {
        var step = Assert.IsType<UnknownStep>(Present(Read(json).Workflow)["s"]);

        Assert.Null(step.Type);
        Assert.Equal(json, WriteText(Read(json)));
    }

    [Fact]
    public void Read_TypedSteps_ReadTheirOwnMembers()
    {
        const string json = """
            {"workflow":{
              "p":{"type":"playbook-action","playbook_id":"playbook--9","playbook_version":"2024-01-01T00:00:00.000Z","in_args":["__a__"],"out_args":["__b__"]},
              "par":{"type":"parallel","next_steps":["x","y"]},
              "if":{"type":"if-condition","condition":"__a__ = 1","on_true":"x","on_false":"y"},
              "wh":{"type":"while-condition","condition":"__a__ < 3","on_true":"x"},
              "sw":{"type":"switch-condition","switch":"__a__","cases":{"1":"x","default":"y"}}}}
            """;

        var workflow = Present(Read(json).Workflow);

        var playbookAction = Assert.IsType<PlaybookActionStep>(workflow["p"]);
        Assert.Equal(("playbook--9", "2024-01-01T00:00:00.000Z"), (playbookAction.PlaybookId, playbookAction.PlaybookVersion));
        Assert.Equal(["__a__"], Assert.NotNull(playbookAction.InArgs));
        Assert.Equal(["x", "y"], Assert.NotNull(Assert.IsType<ParallelStep>(workflow["par"]).NextSteps));
        var ifStep = Assert.IsType<IfConditionStep>(workflow["if"]);
        Assert.Equal(("__a__ = 1", "x", "y"), (ifStep.Condition, ifStep.OnTrue, ifStep.OnFalse));
        Assert.Equal("__a__ < 3", Assert.IsType<WhileConditionStep>(workflow["wh"]).Condition);
        var switchStep = Assert.IsType<SwitchConditionStep>(workflow["sw"]);
        Assert.Equal(["1", "default"], Present(switchStep.Cases).Keys);
    }

    [Theory]
    [InlineData("openc2")]
    [InlineData("ftp")]
    [InlineData("subroutine")]
    [InlineData("pong")]
    public void Read_CustomCommandType_KeepsTypeKnownMembersAndCustomMembers(string type)
    {
        var json = """{"workflow":{"a":{"type":"action","commands":[{"type":"TYPE","command":"run","output_variable":"__out__","content_b64":"e30="}]}}}"""
            .Replace("TYPE", type, StringComparison.Ordinal);

        var step = Assert.IsType<ActionStep>(Present(Read(json).Workflow)["a"]);

        var command = Assert.Single(Assert.NotNull(step.Commands));
        Assert.Equal(type, command.Type);
        Assert.Equal(("run", "e30="), (command.Command, command.ContentBase64));
        Assert.Equal("\"__out__\"", command.Unknown.Values["output_variable"].GetRawText());
        Assert.Equal(json, WriteText(Read(json)));
    }

    [Fact]
    public void Read_HttpHeadersAndAddresses_KeepOrderedLists()
    {
        const string json = """
            {"workflow":{"a":{"type":"action","commands":[{"type":"http-api","command":"GET / HTTP/1.1","headers":{"Accept":["a","b"]}}]}},
             "agent_definitions":{"http-api--1":{"type":"http-api","name":"api","address":{"dname":["x.example"],"ipv4":["__ip__:value"]},"port":"443"}}}
            """;

        var playbook = Read(json);

        var command = Assert.Single(Assert.NotNull(Assert.IsType<ActionStep>(Present(playbook.Workflow)["a"]).Commands));
        Assert.Equal(["a", "b"], Present(command.Headers)["Accept"]);
        var agent = Present(playbook.AgentDefinitions)["http-api--1"];
        Assert.Equal(["dname", "ipv4"], Present(agent.Address).Keys);
        Assert.Equal("443", agent.Port);
    }

    [Fact]
    public void Read_CustomAgentType_ReadsCommonMembersAndKeepsTheRest()
    {
        const string json = """{"agent_definitions":{"soarca--1":{"type":"soarca","name":"soarca-ssh","x_version":2}}}""";

        var agent = Present(Read(json).AgentDefinitions)["soarca--1"];

        Assert.Equal(("soarca", "soarca-ssh"), (agent.Type, agent.Name));
        Assert.True(agent.Unknown.TryGetValue("x_version", out _));
    }

    [Fact]
    public void Read_ContactAndLocation_AreModelled()
    {
        const string json = """
            {"target_definitions":{"individual--1":{"type":"individual","name":"A",
              "contact":{"email":{"work":"a@example.org"},"phone":{"mobile":"+31"},"contact_details":"desk 4"},
              "location":{"name":"HQ","country":"NL","latitude":"52.1","longitude":"4.3","precision":"10"}}}}
            """;

        var target = Present(Read(json).TargetDefinitions)["individual--1"];

        Assert.Equal("a@example.org", Present(Present(target.Contact).Email)["work"]);
        var location = Present(target.Location);
        Assert.Equal(("NL", "52.1", "4.3"), (location.Country, location.Latitude, location.Longitude));
    }

    [Theory]
    [InlineData("http-basic", "user_id")]
    [InlineData("oauth2", "token")]
    [InlineData("user-auth", "username")]
    [InlineData("private-key", "private_key")]
    [InlineData("authentication-info", "x_custom")]
    public void Read_AuthenticationInfoType_KeepsTypeAndSecretMember(string type, string member)
    {
        var json = """{"authentication_info_definitions":{"k":{"type":"TYPE","MEMBER":"secret","kms":false}}}"""
            .Replace("TYPE", type, StringComparison.Ordinal).Replace("MEMBER", member, StringComparison.Ordinal);

        var auth = Present(Read(json).AuthenticationInfoDefinitions)["k"];

        Assert.Equal(type, auth.Type);
        Assert.False(auth.Kms);
        Assert.Equal("secret", member switch
        {
            "user_id" => auth.UserId,
            "token" => auth.Token,
            "username" => auth.Username,
            "private_key" => auth.PrivateKey,
            _ => auth.Unknown.Values[member].GetString(),
        });
    }

    [Fact]
    public void Read_MarkingTypes_ReadTheirRecords()
    {
        const string json = """
            {"data_marking_definitions":{
              "marking-statement--1":{"type":"marking-statement","id":"marking-statement--1","statement":"(c) ACME"},
              "marking-tlp--1":{"type":"marking-tlp","id":"marking-tlp--1","tlpv2_level":"TLP:AMBER+STRICT"},
              "marking-iep--1":{"type":"marking-iep","id":"marking-iep--1","iep_version":2,"tlp":"amber","external_references":["s"]},
              "marking-x--1":{"type":"marking-x","id":"marking-x--1","level":5}}}
            """;

        var markings = Present(Read(json).DataMarkingDefinitions);

        Assert.Equal("(c) ACME", Assert.IsType<MarkingStatement>(markings["marking-statement--1"]).Statement);
        Assert.Equal(TlpLevels.AmberStrict, Assert.IsType<MarkingTlp>(markings["marking-tlp--1"]).Tlpv2Level);
        var iep = Assert.IsType<MarkingIep>(markings["marking-iep--1"]);
        Assert.Equal(2, iep.IepVersion);
        Assert.Null(iep.ExternalReferences);
        Assert.True(iep.Unknown.TryGetValue("external_references", out _));
        var custom = Assert.IsType<UnknownMarking>(markings["marking-x--1"]);
        Assert.Equal(("marking-x", "marking-x--1"), (custom.Type, custom.Id));
        Assert.Equal(json.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), WriteText(Read(json)));
    }

    [Fact]
    public void Read_VariableValues_DistinguishStringNullObjectAndAbsent()
    {
        const string json = """
            {"playbook_variables":{"__s__":{"type":"string","value":"x"},"__n__":{"type":"string","value":null},
             "__d__":{"type":"dictionary","value":{"a":"fun"}},"__e__":{"type":"string","external":true}}}
            """;

        var variables = Present(Read(json).PlaybookVariables);

        Assert.Equal("x", variables["__s__"].StringValue);
        Assert.Equal(JsonValueKind.Null, Assert.NotNull(variables["__n__"].Value).ValueKind);
        Assert.Equal("""{"a":"fun"}""", Assert.NotNull(variables["__d__"].Value).GetRawText());
        Assert.Null(variables["__e__"].Value);
        Assert.True(variables["__e__"].External);
    }

    [Fact]
    public void Read_SignatureWithCountersignature_NestsIt()
    {
        const string json = """
            {"signatures":[{"type":"jss","id":"jss--1","public_cert_chain":["MII"],"value":"v1",
              "signature":{"type":"jss","id":"jss--2","thumbprint":"t","value":"v2"}}]}
            """;

        var signature = Assert.Single(Assert.NotNull(Read(json).Signatures));

        Assert.Equal(["MII"], Assert.NotNull(signature.PublicCertChain));
        var countersignature = Present(signature.Countersignature);
        Assert.Equal(("jss--2", "v2"), (countersignature.Id, countersignature.Value));
    }
}
