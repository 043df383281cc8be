using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Conditions;

public sealed class ConditionSyntaxRuleTests
{
    private const string ConditionPath = "/workflow/" + ConditionPlaybooks.StepId + "/condition";
    private const string SwitchPath = "/workflow/" + ConditionPlaybooks.StepId + "/switch";

    [Theory]
    [InlineData("__ifStepVariable__:value")]
    [InlineData("__soarca_ssh_result__:value != '01-01-2025'")]
    [InlineData("__a__:value IN (1, 2) AND NOT __b__:value ISSUBSET '10.0.0.0/8'")]
    public void Validate_IfWithValidCondition_ReportsNoConditionIssue(string condition)
    {
        var report = new PlaybookValidator().Validate(ConditionPlaybooks.If(condition));

        Assert.DoesNotContain(report.Issues, i => i.Code.StartsWith("condition.", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_IfWithBrokenCondition_ReportsSyntaxErrorWithPositionAndText()
    {
        var report = new PlaybookValidator().Validate(ConditionPlaybooks.If("__a__:value = 'open"));

        var issue = Assert.Single(report.Issues, i => i.Code == "condition.syntax");
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(ConditionPath, issue.Path);
        Assert.Contains("position 14", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'open", issue.Message, StringComparison.Ordinal);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_RepeatedMemberNames_StillCheckTheConditionEachStepReads()
    {
        // A repeated member anywhere makes the rule read every step from the JSON instead of the shared step views:
        // the condition that counts is still the step's last one, and a repeated step key's later value is checked too.
        var root = JsonNode.Parse(ConditionPlaybooks.If("__a__:value = 'open"))!.AsObject();
        var json = root.ToJsonString();
        var step = $"\"{ConditionPlaybooks.StepId}\":";
        var repeatedCondition = json.Replace("\"condition\":", "\"condition\":\"__a__:value = 1\",\"condition\":", StringComparison.Ordinal);
        var repeatedStep = json.Replace(step, step + "{\"type\":\"end\"}," + step, StringComparison.Ordinal);

        var withoutRepeats = new PlaybookValidator().Validate(json);
        var lastConditionCounts = new PlaybookValidator().Validate(repeatedCondition);
        var laterStepChecked = new PlaybookValidator().Validate(repeatedStep);

        Assert.Equal(ConditionPath, Assert.Single(withoutRepeats.Issues, i => i.Code == "condition.syntax").Path);
        Assert.Contains(lastConditionCounts.Issues, i => i.Code == "json.duplicate-key");
        Assert.Equal(ConditionPath, Assert.Single(lastConditionCounts.Issues, i => i.Code == "condition.syntax").Path);
        Assert.Contains(laterStepChecked.Issues, i => i.Code == "json.duplicate-key");
        Assert.Equal(ConditionPath, Assert.Single(laterStepChecked.Issues, i => i.Code == "condition.syntax").Path);
    }

    [Fact]
    public void Validate_WhileWithBrokenCondition_ReportsSyntaxErrorAtItsPath()
    {
        var report = new PlaybookValidator().Validate(ConditionPlaybooks.While("__count__:value <= "));

        var issue = Assert.Single(report.Issues, i => i.Code == "condition.syntax");
        Assert.Equal(ConditionPath, issue.Path);
        Assert.Contains("at the end", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LongBrokenCondition_ShortensTheQuotedText()
    {
        var condition = "__a__:value = 1 ) " + new string('x', 200);

        var report = new PlaybookValidator().Validate(ConditionPlaybooks.If(condition));

        var issue = Assert.Single(report.Issues, i => i.Code == "condition.syntax");
        Assert.Contains("position 16", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 200), issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnquotedLiteral_ReportsWarningOnly()
    {
        var report = new PlaybookValidator().Validate(ConditionPlaybooks.If("__should.execute.true__:value = yes"));

        var issue = Assert.Single(report.Issues, i => i.Code.StartsWith("condition.", StringComparison.Ordinal));
        Assert.Equal("condition.unquoted-literal", issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal(ConditionPath, issue.Path);
    }

    [Fact]
    public void Validate_UnquotedLiteralInStrictMode_IsAnError()
    {
        var validator = new PlaybookValidator(new ValidationOptions { Strict = true });

        var report = validator.Validate(ConditionPlaybooks.If("__should.execute.true__:value = yes"));

        var issue = Assert.Single(report.Issues, i => i.Code == "condition.unquoted-literal");
        Assert.Equal(IssueSeverity.Error, issue.Severity);
    }

    [Fact]
    public void Validate_ConditionOfWrongJsonType_IsLeftToTheStructureRules()
    {
        var step = new JsonObject { ["type"] = "if-condition", ["condition"] = 42, ["on_true"] = ConditionPlaybooks.EndId };

        var report = new PlaybookValidator().Validate(ConditionPlaybooks.With(step));

        Assert.DoesNotContain(report.Issues, i => i.Code.StartsWith("condition.", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ConditionOnAnActionStep_IsIgnored()
    {
        var step = new JsonObject { ["type"] = "action", ["condition"] = "((" };

        var report = new PlaybookValidator().Validate(ConditionPlaybooks.With(step));

        Assert.DoesNotContain(report.Issues, i => i.Code == "condition.syntax");
    }

    [Theory]
    [InlineData("__switchStepVariable__:value")]
    [InlineData("'fixed'")]
    [InlineData("7")]
    public void Validate_SwitchIsVariableOrLiteral_ReportsNoSwitchIssue(string switchText)
    {
        var report = new PlaybookValidator().Validate(ConditionPlaybooks.Switch(switchText));

        Assert.DoesNotContain(report.Issues, i => i.Code == "switch.syntax");
    }

    [Theory]
    [InlineData("__mode__:value = 1", 15)]
    [InlineData("__mode__", 0)]
    [InlineData("", 0)]
    public void Validate_SwitchIsNotASingleOperand_ReportsErrorAtSwitchPath(string switchText, int position)
    {
        var report = new PlaybookValidator().Validate(ConditionPlaybooks.Switch(switchText));

        var issue = Assert.Single(report.Issues, i => i.Code == "switch.syntax");
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(SwitchPath, issue.Path);
        Assert.Contains($"position {position}", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StepIdWithSlash_EscapesThePointer()
    {
        var json = ConditionPlaybooks.If("((").Replace(ConditionPlaybooks.StepId, "if/odd~id", StringComparison.Ordinal);

        var report = new PlaybookValidator().Validate(json);

        var issue = Assert.Single(report.Issues, i => i.Code == "condition.syntax");
        Assert.Equal("/workflow/if~1odd~0id/condition", issue.Path);
    }
}
