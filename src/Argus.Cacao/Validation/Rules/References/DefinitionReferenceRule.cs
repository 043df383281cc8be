using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// Agents, targets, authentication info, data markings and extensions used anywhere must be defined in the
/// playbook's matching <c>*_definitions</c> dictionary (spec 3.1: "… used in other parts of this playbook MUST also
/// be included in this property").
/// </summary>
internal sealed class DefinitionReferenceRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var reading = context.Reading;
        var playbook = reading.Playbook;
        // The key sets are read on first use (and kept by the reading): most documents use few of the dictionaries.
        CheckExtensionKeys(context, playbook, PlaybookMember.PlaybookExtensions, "playbook_extensions");
        CheckMarkingList(context, playbook, PlaybookMember.Markings);
        if (context.Workflow is not null)
        {
            foreach (var step in reading.Steps)
            {
                CheckExtensionKeys(context, step, StepMember.StepExtensions, "step_extensions");
                if (step[StepMember.Agent] is { ValueKind: JsonValueKind.String } agent
                    && IsUndefined(agent, reading.Keys(PlaybookMember.AgentDefinitions)))
                {
                    Report(context, step.Path.Append("agent"), agent.GetString()!, "agent_definitions");
                }

                if (step.TryGetArray(StepMember.Targets, out var targetList))
                {
                    var index = 0;
                    foreach (var target in targetList.EnumerateArray())
                    {
                        if (target.ValueKind == JsonValueKind.String && IsUndefined(target, reading.Keys(PlaybookMember.TargetDefinitions)))
                        {
                            Report(context, step.Path.Append("targets").Append(index), target.GetString()!, "target_definitions");
                        }

                        index++;
                    }
                }
            }
        }

        foreach (var slot in PlaybookMember.AgentTargetDictionaries)
        {
            foreach (var definition in reading.Definitions(slot))
            {
                CheckExtensionKeys(context, definition, DefinitionMember.AgentTargetExtensions, "agent_target_extensions");
                if (definition[DefinitionMember.AuthenticationInfo] is { ValueKind: JsonValueKind.String } reference
                    && IsUndefined(reference, reading.Keys(PlaybookMember.AuthenticationInfoDefinitions)))
                {
                    Report(context, definition.Path.Append("authentication_info"), reference.GetString()!, "authentication_info_definitions");
                }
            }
        }

        foreach (var definition in reading.Definitions(PlaybookMember.AuthenticationInfoDefinitions))
        {
            CheckExtensionKeys(context, definition, DefinitionMember.AuthenticationInfoExtensions, "authentication_info_extensions");
        }

        foreach (var definition in reading.Definitions(PlaybookMember.DataMarkingDefinitions))
        {
            CheckExtensionKeys(context, definition, DefinitionMember.MarkingExtensions, "marking_extensions");
            CheckMarkingList(context, definition, DefinitionMember.Markings);
        }

        MarkingCycles.Report(context);
    }

    private static void CheckExtensionKeys(ValidationContext context, ObjectView owner, int slot, string property)
    {
        if (!owner.TryGetObject(slot, out var dictionary))
        {
            return;
        }

        var extensions = context.Reading.Keys(PlaybookMember.ExtensionDefinitions);
        foreach (var extension in dictionary.EnumerateObject())
        {
            if (extensions is not null && !extensions.Contains(extension))
            {
                var name = extension.Name;
                Report(context, owner.Path.Append(property).Append(name), name, "extension_definitions");
            }
        }
    }

    private static void CheckMarkingList(ValidationContext context, ObjectView owner, int slot)
    {
        if (!owner.TryGetArray(slot, out var list))
        {
            return;
        }

        var markings = context.Reading.Keys(PlaybookMember.DataMarkingDefinitions);
        var index = 0;
        foreach (var marking in list.EnumerateArray())
        {
            if (marking.ValueKind == JsonValueKind.String && IsUndefined(marking, markings))
            {
                Report(context, owner.Path.Append("markings").Append(index), marking.GetString()!, "data_marking_definitions");
            }

            index++;
        }
    }

    // A dictionary that is not an object (null keys) cannot be checked against: nothing is undefined in it.
    private static bool IsUndefined(TapeValue reference, Utf8KeySet? keys) => keys is not null && !keys.ContainsText(reference);

    private static void Report(ValidationContext context, PointerPath path, string reference, string dictionary) =>
        context.Error(path, ReferenceCodes.Unresolved, $"'{reference}' is not defined in {dictionary}.");
}
