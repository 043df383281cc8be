using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// External references of steps and commands, and the sectors of sector agents and targets, must be rolled up into
/// the playbook's <c>external_references</c> and <c>industry_sectors</c> (spec 3.1). A surprising rule whose
/// breach leaves the playbook usable, hence warnings (spec-notes §2.3).
/// </summary>
internal sealed class RollupRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var root = context.Root;
        var playbookReferences = WorkflowDocument.TryGetArray(root, "external_references", out var list)
            ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select(Key).ToHashSet(StringComparer.Ordinal)
            : [];
        if (context.Workflow is { } document)
        {
            foreach (var (id, step) in document.Steps())
            {
                var stepPath = WorkflowDocument.StepPath(id);
                CheckReferences(context, step, stepPath, playbookReferences);
                if (!WorkflowDocument.TryGetArray(step, "commands", out var commands))
                {
                    continue;
                }

                var index = 0;
                foreach (var command in commands.EnumerateArray())
                {
                    // The command's path is built only when it has references to check: most commands have none.
                    if (WorkflowDocument.TryGetArray(command, "external_references", out _))
                    {
                        CheckReferences(context, command,
                            stepPath.Append("commands").Append(index), playbookReferences);
                    }

                    index++;
                }
            }
        }

        var sectors = WorkflowDocument.TryGetArray(root, "industry_sectors", out var sectorList)
            ? sectorList.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)
                .ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var name in (string[])["agent_definitions", "target_definitions"])
        {
            foreach (var (_, definition, path) in DefinitionReferenceRule.Definitions(root, name))
            {
                if (WorkflowDocument.TryGetString(definition, "type", out var type) && type == "sector"
                    && WorkflowDocument.TryGetString(definition, "sector", out var sector) && !sectors.Contains(sector))
                {
                    context.Warning(path.Append("sector"), ReferenceCodes.RollupMissing,
                        $"Industry sector '{sector}' is used by a sector definition but is not listed in the playbook's industry_sectors.");
                }
            }
        }
    }

    private static void CheckReferences(ValidationContext context, JsonElement owner, PointerPath ownerPath,
        HashSet<string> playbookReferences)
    {
        if (!WorkflowDocument.TryGetArray(owner, "external_references", out var references))
        {
            return;
        }

        var index = 0;
        foreach (var reference in references.EnumerateArray())
        {
            if (reference.ValueKind == JsonValueKind.Object && !playbookReferences.Contains(Key(reference)))
            {
                var name = WorkflowDocument.TryGetString(reference, "name", out var n) ? n : "(unnamed)";
                context.Warning(ownerPath.Append("external_references").Append(index),
                    ReferenceCodes.RollupMissing,
                    $"External reference '{name}' is used here but is not listed in the playbook's external_references.");
            }

            index++;
        }
    }

    // Equal references give equal keys whatever their member order or spacing: members sorted by name, values as
    // decoded strings (all external-reference members are strings) or as raw JSON otherwise.
    private static string Key(JsonElement reference) => string.Join("\u0000", reference.EnumerateObject()
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => p.Name + "\u0001" + (p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())));
}
