using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class ExtensionDefinitionsRuleTests
{
    private const string ExtensionId = "extension-definition--418ee24c-9cb1-46d9-afa5-309e01aabc7f";

    private static JsonObject Definition() => new()
    {
        ["type"] = "extension-definition",
        ["name"] = "CACAO Layout",
        ["created_by"] = "identity--5abe695c-7bd5-4c31-8824-2528696cdbf1",
        ["schema"] = "https://example.org/layout.json",
        ["version"] = "1.0.0",
    };

    [Fact]
    public void Validate_DefinitionAndPlaybookExtension_ReportsNothing()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["extension_definitions"] = new JsonObject { [ExtensionId] = Definition() };
        playbook["playbook_extensions"] = new JsonObject { [ExtensionId] = new JsonObject { ["canvas"] = new JsonObject { ["w"] = 1 } } };

        playbook.Validate().AssertClean();
    }

    [Theory]
    [InlineData("name")]
    [InlineData("created_by")]
    [InlineData("schema")]
    [InlineData("version")]
    public void Validate_DefinitionWithoutRequiredField_ReportsPropertyRequired(string missing)
    {
        var definition = Definition();
        definition.Remove(missing);
        var playbook = TestPlaybooks.Minimal();
        playbook["extension_definitions"] = new JsonObject { [ExtensionId] = definition };

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"/extension_definitions/{ExtensionId}/{missing}");
    }

    [Fact]
    public void Validate_PlaybookExtensionNotAnObject_ReportsTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["playbook_extensions"] = new JsonObject { [ExtensionId] = "layout" };

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, $"/playbook_extensions/{ExtensionId}");
    }

    [Fact]
    public void Validate_EmptyPlaybookExtensions_ReportsCollectionTooSmall()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["playbook_extensions"] = new JsonObject();

        playbook.Validate().AssertError(ValidationCodes.CollectionTooSmall, "/playbook_extensions");
    }
}
