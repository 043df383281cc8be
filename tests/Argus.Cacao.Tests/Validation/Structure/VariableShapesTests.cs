using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class VariableShapesTests
{
    private static JsonObject WithVariable(string name, JsonObject variable)
    {
        var playbook = TestPlaybooks.Minimal();
        ((JsonObject)playbook["playbook_variables"]!)[name] = variable; // the minimal playbook declares the variables it uses
        return playbook;
    }

    [Theory]
    [InlineData("__should.execute.true__")]
    [InlineData("__a__")]
    [InlineData("__Target_IP-2__")]
    public void Validate_AcceptedVariableName_ReportsNothing(string name)
    {
        WithVariable(name, new JsonObject { ["type"] = "string", ["value"] = "x" }).Validate().AssertClean();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("__1abc__")]
    [InlineData("___abc__")]
    [InlineData("__a b__")]
    [InlineData("__abc_")]
    public void Validate_BadVariableName_ReportsVariableName(string name)
    {
        WithVariable(name, new JsonObject { ["type"] = "string" }).Validate().AssertError(ValidationCodes.VariableName, "/playbook_variables/" + name);
    }

    [Fact]
    public void Validate_NameEndingInALineBreak_ReportsVariableName()
    {
        WithVariable("__abc__\n", new JsonObject { ["type"] = "string" }).Validate()
            .AssertError(ValidationCodes.VariableName, "/playbook_variables/__abc__\n");
    }

    [Fact]
    public void Validate_NameWrittenWithEscapes_IsReadDecoded()
    {
        var json = WithVariable("__escaped__", new JsonObject { ["type"] = "string", ["value"] = "x" }).ToJsonString()
            .Replace("\"__escaped__\"", "\"\\u005f_escaped__\"", StringComparison.Ordinal);
        Assert.Contains("u005f_escaped", json, StringComparison.Ordinal);

        new PlaybookValidator().Validate(json).AssertClean();
    }

    [Fact]
    public void Validate_NameOf250CharactersWithUnderscores_IsAcceptedAnd251IsNot()
    {
        var longest = "__" + new string('a', 246) + "__";
        var tooLong = "__" + new string('a', 247) + "__";

        WithVariable(longest, new JsonObject { ["type"] = "string" }).Validate().AssertClean();
        WithVariable(tooLong, new JsonObject { ["type"] = "string" }).Validate().AssertError(ValidationCodes.VariableName, "/playbook_variables/" + tooLong);
    }

    [Fact]
    public void Validate_ObjectValueForDictionary_ReportsNothing()
    {
        var variable = new JsonObject { ["type"] = "dictionary", ["value"] = new JsonObject { ["a"] = "fun" } };

        WithVariable("__dict__", variable).Validate().AssertClean();
    }

    [Theory]
    [InlineData("3")]
    [InlineData("true")]
    [InlineData("[]")]
    public void Validate_BareNumberBooleanOrListValue_ReportsTypeMismatch(string json)
    {
        var variable = new JsonObject { ["type"] = "integer", ["value"] = JsonNode.Parse(json) };

        WithVariable("__count__", variable).Validate().AssertError(ValidationCodes.TypeMismatch, "/playbook_variables/__count__/value");
    }

    [Fact]
    public void Validate_VariableWithoutType_ReportsPropertyRequired()
    {
        WithVariable("__x__", new JsonObject { ["value"] = "1" }).Validate().AssertError(ValidationCodes.PropertyRequired, "/playbook_variables/__x__/type");
    }

    [Fact]
    public void Validate_ConstantNotBoolean_ReportsTypeMismatch()
    {
        WithVariable("__x__", new JsonObject { ["type"] = "string", ["constant"] = "false" }).Validate()
            .AssertError(ValidationCodes.TypeMismatch, "/playbook_variables/__x__/constant");
    }

    [Fact]
    public void Validate_ExternalStepVariable_WarnsExternalScope()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action()["step_variables"] = new JsonObject { ["__x__"] = new JsonObject { ["type"] = "string", ["external"] = true } };

        playbook.Validate().AssertWarning(ValidationCodes.VariableExternalScope, $"{TestPlaybooks.ActionPath}/step_variables/__x__/external");
    }
}
