using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class WorkflowStepsRuleTests
{
    private const string StepKey = "if-condition--8b9cadbe-cfd0-4b8c-8d9e-afb0c1d2e3f8";

    [Theory]
    [InlineData("commands")]
    [InlineData("agent")]
    public void Validate_ActionWithoutCommandsOrAgent_ReportsPropertyRequired(string property)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action().Remove(property);

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"{TestPlaybooks.ActionPath}/{property}");
    }

    [Fact]
    public void Validate_EmptyTargets_ReportsCollectionTooSmall()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action()["targets"] = new JsonArray();

        playbook.Validate().AssertError(ValidationCodes.CollectionTooSmall, $"{TestPlaybooks.ActionPath}/targets");
    }

    [Theory]
    [InlineData("if-condition", "condition")]
    [InlineData("if-condition", "on_true")]
    [InlineData("while-condition", "condition")]
    [InlineData("while-condition", "on_true")]
    [InlineData("switch-condition", "switch")]
    [InlineData("switch-condition", "cases")]
    [InlineData("parallel", "next_steps")]
    [InlineData("playbook-action", "playbook_id")]
    public void Validate_StepWithoutItsTypesRequiredProperty_ReportsPropertyRequired(string type, string property)
    {
        var playbook = TestPlaybooks.Minimal();
        var key = $"{type}--8b9cadbe-cfd0-4b8c-8d9e-afb0c1d2e3f8";
        playbook["workflow"]![key] = new JsonObject { ["type"] = type, ["on_completion"] = TestPlaybooks.EndId };

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"/workflow/{key}/{property}");
    }

    [Fact]
    public void Validate_ParallelWithOneNextStep_ReportsCollectionTooSmall()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "parallel--8b9cadbe-cfd0-4b8c-8d9e-afb0c1d2e3f8";
        playbook["workflow"]![key] = new JsonObject { ["type"] = "parallel", ["next_steps"] = new JsonArray(TestPlaybooks.ActionId) };

        playbook.Validate().AssertError(ValidationCodes.CollectionTooSmall, $"/workflow/{key}/next_steps");
    }

    [Fact]
    public void Validate_UnknownStepType_ReportsEnumInvalid()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["workflow"]![StepKey] = new JsonObject { ["type"] = "loop" };

        playbook.Validate().AssertError(ValidationCodes.EnumInvalid, $"/workflow/{StepKey}/type");
    }

    [Fact]
    public void Validate_StepKeyPrefixDiffersFromType_WarnsPrefixMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["workflow"]![StepKey] = new JsonObject { ["type"] = "end" };

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.IdentifierPrefixMismatch, $"/workflow/{StepKey}");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_StepKeyNotAnIdentifier_ReportsIdentifierMalformed()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["workflow"]!["step-one"] = new JsonObject { ["type"] = "end" };

        playbook.Validate().AssertError(ValidationCodes.IdentifierMalformed, "/workflow/step-one");
    }

    [Fact]
    public void Validate_StepUuidVersion5_WarnsUuidVersion()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "end--edd41723-869d-5a07-9971-55876c706533";
        playbook["workflow"]![key] = new JsonObject { ["type"] = "end" };

        playbook.Validate().AssertWarning(ValidationCodes.IdentifierUuidVersion, $"/workflow/{key}");
    }

    [Fact]
    public void Validate_DelayAndTimeoutZero_ReportsNothing()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action()["delay"] = 0;
        playbook.Action()["timeout"] = 0;

        playbook.Validate().AssertClean();
    }

    [Theory]
    [InlineData("delay", -1)]
    [InlineData("timeout", -5)]
    [InlineData("delay", 1.5)]
    public void Validate_DelayOrTimeoutNegativeOrFractional_ReportsNumberRange(string property, double value)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action()[property] = value;

        playbook.Validate().AssertError(ValidationCodes.NumberRange, $"{TestPlaybooks.ActionPath}/{property}");
    }

    [Fact]
    public void Validate_TimeoutAsString_ReportsTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Action()["timeout"] = "500";

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, $"{TestPlaybooks.ActionPath}/timeout");
    }

    [Fact]
    public void Validate_StrayPropertyOnParallel_WarnsPropertyUnknown()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "parallel--8b9cadbe-cfd0-4b8c-8d9e-afb0c1d2e3f8";
        playbook["workflow"]![key] = new JsonObject
        {
            ["type"] = "parallel",
            ["next_steps"] = new JsonArray(TestPlaybooks.ActionId, TestPlaybooks.EndId),
            ["agent"] = TestPlaybooks.AgentId,
        };

        playbook.Validate().AssertWarning(ValidationCodes.PropertyUnknown, $"/workflow/{key}/agent");
    }

    [Fact]
    public void Validate_StepIsNotAnObject_ReportsOneTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["workflow"]![StepKey] = "if x then y";

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.TypeMismatch, $"/workflow/{StepKey}");
    }

    [Fact]
    public void Validate_SwitchCaseNotAnIdentifier_ReportsIdentifierMalformed()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "switch-condition--8b9cadbe-cfd0-4b8c-8d9e-afb0c1d2e3f8";
        playbook["workflow"]![key] = new JsonObject
        {
            ["type"] = "switch-condition",
            ["switch"] = "__x__:value",
            ["cases"] = new JsonObject { ["1"] = TestPlaybooks.ActionId, ["default"] = "the end" },
        };

        playbook.Validate().AssertError(ValidationCodes.IdentifierMalformed, $"/workflow/{key}/cases/default");
    }

    [Fact]
    public void Validate_StepExtensionKeyNotExtensionDefinition_WarnsPrefixMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        var extension = "layout--418ee24c-9cb1-46d9-afa5-309e01aabc7f";
        playbook.Action()["step_extensions"] = new JsonObject { [extension] = new JsonObject { ["type"] = "layout" } };

        playbook.Validate().AssertWarning(ValidationCodes.IdentifierPrefixMismatch, $"{TestPlaybooks.ActionPath}/step_extensions/{extension}");
    }

    [Fact]
    public void Validate_ExtensionPropertyNameTooShort_WarnsExtensionPropertyName()
    {
        var playbook = TestPlaybooks.Minimal();
        var extension = "extension-definition--418ee24c-9cb1-46d9-afa5-309e01aabc7f";
        playbook.Action()["step_extensions"] = new JsonObject { [extension] = new JsonObject { ["x"] = 1, ["coordinates"] = new JsonObject { ["y"] = 2 } } };

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.ExtensionPropertyName, $"{TestPlaybooks.ActionPath}/step_extensions/{extension}/x");
        Assert.DoesNotContain(report.Issues, i => i.Path.EndsWith("/y", StringComparison.Ordinal));
    }
}
