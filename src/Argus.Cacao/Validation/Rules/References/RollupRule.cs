using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Reading;

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
        var reading = context.Reading;
        // Indexed only when a step or command has references to check: most have none.
        ExternalReferenceSet? playbookReferences = null;
        if (context.Workflow is not null)
        {
            foreach (var step in reading.Steps)
            {
                if (step.TryGetArray(StepMember.ExternalReferences, out var stepReferences))
                {
                    CheckReferences(context, stepReferences, step.Path, ref playbookReferences);
                }

                if (!step.TryGetArray(StepMember.Commands, out var commands))
                {
                    continue;
                }

                var index = 0;
                foreach (var command in commands.EnumerateArray())
                {
                    // The command's path is built only when it has references to check: most commands have none.
                    if (command.ValueKind == JsonValueKind.Object
                        && command.TryGetProperty("external_references"u8, out var commandReferences)
                        && commandReferences.ValueKind == JsonValueKind.Array)
                    {
                        CheckReferences(context, commandReferences,
                            step.Path.Append("commands").Append(index), ref playbookReferences);
                    }

                    index++;
                }
            }
        }

        // Read only when a sector definition needs it: most playbooks have none.
        HashSet<string>? sectors = null;
        foreach (var slot in PlaybookMember.AgentTargetDictionaries)
        {
            foreach (var definition in reading.Definitions(slot))
            {
                if (definition[DefinitionMember.Type] is { ValueKind: JsonValueKind.String } type && type.ValueEquals("sector"u8)
                    && definition.TryGetString(DefinitionMember.Sector, out var sector) && !(sectors ??= Sectors(reading)).Contains(sector))
                {
                    context.Warning(definition.Path.Append("sector"), ReferenceCodes.RollupMissing,
                        $"Industry sector '{sector}' is used by a sector definition but is not listed in the playbook's industry_sectors.");
                }
            }
        }
    }

    private static HashSet<string> Sectors(PlaybookReading reading) =>
        reading.Playbook.TryGetArray(PlaybookMember.IndustrySectors, out var sectorList)
            ? sectorList.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)
                .ToHashSet(StringComparer.Ordinal)
            : [];

    private static ExternalReferenceSet PlaybookReferences(ValidationContext context) =>
        new(context.Reading.Playbook[PlaybookMember.ExternalReferences]);

    // playbookReferences is indexed on first use.
    private static void CheckReferences(ValidationContext context, TapeValue references, PointerPath ownerPath,
        ref ExternalReferenceSet? playbookReferences)
    {
        var index = 0;
        foreach (var reference in references.EnumerateArray())
        {
            if (reference.ValueKind == JsonValueKind.Object
                && !(playbookReferences ??= PlaybookReferences(context)).Contains(reference))
            {
                var name = reference.TryGetProperty("name"u8, out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "(unnamed)";
                context.Warning(ownerPath.Append("external_references").Append(index),
                    ReferenceCodes.RollupMissing,
                    $"External reference '{name}' is used here but is not listed in the playbook's external_references.");
            }

            index++;
        }
    }
}
