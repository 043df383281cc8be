using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Variables;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Variables;

public sealed class VariableUseRuleTests
{
    private static readonly VariableUseRule Rule = new();
    private static readonly string Target = Id("linux", 20);
    private static readonly string Auth = Id("user-auth", 21);

    private static JsonObject Variables(params string[] names)
    {
        var variables = new JsonObject();
        foreach (var name in names)
        {
            variables[name] = new JsonObject { ["type"] = "string" };
        }

        return variables;
    }

    private static WorkflowPlaybook UsingInCommand(string command) =>
        Minimal().Step(ActionId, ActionStep(EndId, command));

    [Fact]
    public void Check_UseDeclaredInPlaybook_ReportsNothing()
    {
        var playbook = UsingInCommand("ping __host__:value").Set("playbook_variables", Variables("__host__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_UseDeclaredInTheStep_ReportsNothing()
    {
        var playbook = UsingInCommand("ping __host__:value").StepProperty(ActionId, "step_variables", Variables("__host__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_UndeclaredUseInCommand_WarnsAtThatString()
    {
        var playbook = UsingInCommand("ping __host__:value");

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/commands/0/command", VariableCodes.Undeclared, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
        Assert.Contains("__host__", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UseWrittenWithEscapes_IsFoundInTheDecodedText()
    {
        // "\\u005f_host__:value" decodes to "__host__:value": the raw bytes hold no use, the text does.
        var json = UsingInCommand("ping HOST_USE").ToJson().Replace("HOST_USE", "\\u005f_host__:value", StringComparison.Ordinal);

        var issue = Assert.Single(RuleRunner.Run(Rule, json));

        Assert.Equal($"/workflow/{ActionId}/commands/0/command", issue.Path);
        Assert.Contains("'__host__'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("echo \\\"__host__:value\\\"")]
    [InlineData("printf '\\\\n\\t' \\/tmp __host__:value")]
    [InlineData("\\u0070ing __host__:value")]
    public void Check_UseBesideOtherEscapes_IsStillFound(string escapedCommand)
    {
        // Escapes other than \uXXXX decode to characters no use contains, so only the suffix in the raw text or a \u
        // escape sends a string to be decoded and scanned; a use written plainly beside them must still be found.
        var json = UsingInCommand("COMMAND").ToJson().Replace("COMMAND", escapedCommand, StringComparison.Ordinal);

        var issue = Assert.Single(RuleRunner.Run(Rule, json));

        Assert.Equal($"/workflow/{ActionId}/commands/0/command", issue.Path);
        Assert.Contains("'__host__'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Check_NameLongerThanTheStackBuffer_IsLookedUpWhole(bool declared, int warnings)
    {
        var name = "__" + new string('v', 300) + "__";
        var playbook = UsingInCommand($"ping {name}:value");
        if (declared)
        {
            playbook.Set("playbook_variables", Variables(name));
        }

        var issues = RuleRunner.Run(Rule, playbook);

        Assert.Equal(warnings, issues.Length);
        Assert.All(issues, issue => Assert.Contains(name, issue.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UseAfterNonAsciiText_IsFoundAndNamedExactly()
    {
        // Written as raw UTF-8 (the builder would escape it), so that the bytes are scanned as they are.
        var json = UsingInCommand("ping TEXT").Set("playbook_variables", Variables("__other__")).ToJson()
            .Replace("TEXT", "échec→__host__:value ünd __host__:value", StringComparison.Ordinal);

        var issue = Assert.Single(RuleRunner.Run(Rule, json));

        Assert.Contains("'__host__'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UndeclaredNameUsedTwiceInOneString_WarnsOnce_AndEachOtherNameToo()
    {
        var playbook = UsingInCommand("__a__:value __b__:value __a__:value __c__:value").Set("playbook_variables", Variables("__b__"));

        var issues = RuleRunner.Run(Rule, playbook);

        Assert.Equal(2, issues.Length);
        Assert.Contains("'__a__'", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("'__c__'", issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UseInBase64Command_IsNotScanned()
    {
        var command = new JsonObject { ["type"] = "bash", ["command_b64"] = "__host__:value" };
        var playbook = Minimal().StepProperty(ActionId, "commands", new JsonArray(command));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_UseInHeaders_WarnsWhenUndeclared()
    {
        var command = new JsonObject
        {
            ["type"] = "http-api",
            ["command"] = "GET / HTTP/1.1",
            ["headers"] = new JsonObject { ["Authorization"] = new JsonArray("Bearer __token__:value") },
        };
        var playbook = Minimal().StepProperty(ActionId, "commands", new JsonArray(command));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal($"/workflow/{ActionId}/commands/0/headers/Authorization/0", issue.Path);
    }

    [Fact]
    public void Check_ConditionUsingVariableOfEnclosingWhile_ReportsNothing()
    {
        var @while = Id("while-condition", 30);
        var body = Id("action", 31);
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", @while)
            .Step(@while, new JsonObject
            {
                ["type"] = "while-condition",
                ["condition"] = "__n__:value < 3",
                ["step_variables"] = Variables("__n__"),
                ["on_true"] = body,
                ["on_completion"] = ActionId,
            })
            .Step(body, ActionStep(@while, "count __n__:value"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_SwitchOnUndeclaredVariable_Warns()
    {
        var @switch = Id("switch-condition", 32);
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", @switch)
            .Step(@switch, new JsonObject
            {
                ["type"] = "switch-condition",
                ["switch"] = "__mode__:value",
                ["cases"] = new JsonObject { ["default"] = ActionId },
            });

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal($"/workflow/{@switch}/switch", issue.Path);
    }

    [Fact]
    public void Check_TargetAndAuthUsingVariablesOfTheStepThatUsesThem_ReportNothing()
    {
        var playbook = TargetWithAuth().StepProperty(ActionId, "step_variables", Variables("__ip__", "__password__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_TargetAndAuthUsingUndeclaredVariables_WarnInTheDefinitions()
    {
        var paths = RuleRunner.Run(Rule, TargetWithAuth()).Select(i => i.Path);

        Assert.Equal(
            [$"/target_definitions/{Target}/address/ipv4/0", $"/authentication_info_definitions/{Auth}/password"],
            paths);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 2)]
    public void Check_TargetUsedInsideAWhileSeesTheWhilesVariables_AndOnlyThere(bool usedInsideTheLoop, int warnings)
    {
        // The while step declares both names; the target and its authentication are used by the loop's body, or by
        // the action after the loop, outside its scope.
        var @while = Id("while-condition", 33);
        var body = Id("action", 34);
        var playbook = TargetWithAuth()
            .StepProperty(StartId, "on_completion", @while)
            .Step(@while, new JsonObject
            {
                ["type"] = "while-condition",
                ["condition"] = "__ip__:value = '10.0.0.1'",
                ["step_variables"] = Variables("__ip__", "__password__"),
                ["on_true"] = body,
                ["on_completion"] = ActionId,
            })
            .Step(body, ActionStep(@while, "ping"));
        if (usedInsideTheLoop)
        {
            playbook = playbook.StepProperty(body, "targets", new JsonArray(Target))
                .StepProperty(ActionId, "targets", new JsonArray());
        }

        Assert.Equal(warnings, RuleRunner.Run(Rule, playbook).Length);
    }

    private static WorkflowPlaybook TargetWithAuth() => Minimal()
        .StepProperty(ActionId, "targets", new JsonArray(Target))
        .Define("target_definitions", Target, new JsonObject
        {
            ["type"] = "linux",
            ["name"] = "host",
            ["address"] = new JsonObject { ["ipv4"] = new JsonArray("__ip__:value") },
            ["authentication_info"] = Auth,
        })
        .Define("authentication_info_definitions", Auth, new JsonObject
        {
            ["type"] = "user-auth",
            ["username"] = "root",
            ["password"] = "__password__:value",
        });
}
