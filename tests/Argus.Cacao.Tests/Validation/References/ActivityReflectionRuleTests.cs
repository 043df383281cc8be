using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.References;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.References;

public sealed class ActivityReflectionRuleTests
{
    private static readonly ActivityReflectionRule Rule = new();

    private static WorkflowPlaybook WithActivity(string? carried, params string[] listed)
    {
        var command = new JsonObject { ["type"] = "manual", ["command"] = "look" };
        if (carried is not null)
        {
            command["playbook_activity"] = carried;
        }

        return Minimal()
            .Set("playbook_activities", new JsonArray([.. listed.Select(a => JsonValue.Create(a))]))
            .StepProperty(ActionId, "commands", new JsonArray(command));
    }

    [Fact]
    public void Check_ListedActivityCarriedByACommand_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, WithActivity("scan-system", "scan-system")));
    }

    [Fact]
    public void Check_OneOfTwoListedActivitiesCarried_ReportsNothingAsInSpecExample31()
    {
        Assert.Empty(RuleRunner.Run(Rule, WithActivity("identify-indicators", "analyze-collected-data", "identify-indicators")));
    }

    [Fact]
    public void Check_NoListedActivityCarried_WarnsNamingThem()
    {
        var issue = Assert.Single(RuleRunner.Run(Rule, WithActivity(null, "restore-data")));

        Assert.Equal(("/playbook_activities", ReferenceCodes.ActivityNotReflected, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
        Assert.Contains("restore-data", issue.Message, StringComparison.Ordinal);
    }
}
