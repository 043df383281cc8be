using System.Text.Json;
using Argus.Cacao.Json;
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
        var extensions = reading.Keys(PlaybookMember.ExtensionDefinitions);
        var agents = reading.Keys(PlaybookMember.AgentDefinitions);
        var targets = reading.Keys(PlaybookMember.TargetDefinitions);
        var auth = reading.Keys(PlaybookMember.AuthenticationInfoDefinitions);
        var markings = reading.Keys(PlaybookMember.DataMarkingDefinitions);

        CheckExtensionKeys(context, playbook, PlaybookMember.PlaybookExtensions, "playbook_extensions", extensions);
        CheckMarkingList(context, playbook, PlaybookMember.Markings, markings);
        if (context.Workflow is not null)
        {
            foreach (var step in reading.Steps)
            {
                var path = step.Path;
                CheckExtensionKeys(context, step, StepMember.StepExtensions, "step_extensions", extensions);
                if (step.TryGetString(StepMember.Agent, out var agent))
                {
                    Resolve(context, path.Append("agent"), agent, agents, "agent_definitions");
                }

                if (step.TryGetArray(StepMember.Targets, out var targetList))
                {
                    var index = 0;
                    foreach (var target in targetList.EnumerateArray())
                    {
                        if (target.ValueKind == JsonValueKind.String)
                        {
                            Resolve(context, path.Append("targets").Append(index),
                                target.GetString()!, targets, "target_definitions");
                        }

                        index++;
                    }
                }
            }
        }

        foreach (var slot in (int[])[PlaybookMember.AgentDefinitions, PlaybookMember.TargetDefinitions])
        {
            foreach (var definition in reading.Definitions(slot))
            {
                CheckExtensionKeys(context, definition, DefinitionMember.AgentTargetExtensions, "agent_target_extensions", extensions);
                if (definition.TryGetString(DefinitionMember.AuthenticationInfo, out var reference))
                {
                    Resolve(context, definition.Path.Append("authentication_info"), reference, auth,
                        "authentication_info_definitions");
                }
            }
        }

        foreach (var definition in reading.Definitions(PlaybookMember.AuthenticationInfoDefinitions))
        {
            CheckExtensionKeys(context, definition, DefinitionMember.AuthenticationInfoExtensions, "authentication_info_extensions", extensions);
        }

        foreach (var definition in reading.Definitions(PlaybookMember.DataMarkingDefinitions))
        {
            CheckExtensionKeys(context, definition, DefinitionMember.MarkingExtensions, "marking_extensions", extensions);
            CheckMarkingList(context, definition, DefinitionMember.Markings, markings);
        }

        MarkingCycles.Report(context);
    }

    private static void CheckExtensionKeys(ValidationContext context, ObjectView owner, int slot, string property,
        HashSet<string>? extensions)
    {
        if (!owner.TryGetObject(slot, out var dictionary))
        {
            return;
        }

        var path = owner.Path.Append(property);
        foreach (var extension in dictionary.EnumerateObject())
        {
            var name = extension.Name;
            Resolve(context, path.Append(name), name, extensions, "extension_definitions");
        }
    }

    private static void CheckMarkingList(ValidationContext context, ObjectView owner, int slot, HashSet<string>? markings)
    {
        if (!owner.TryGetArray(slot, out var list))
        {
            return;
        }

        var path = owner.Path.Append("markings");
        var index = 0;
        foreach (var marking in list.EnumerateArray())
        {
            if (marking.ValueKind == JsonValueKind.String)
            {
                Resolve(context, path.Append(index), marking.GetString()!, markings, "data_marking_definitions");
            }

            index++;
        }
    }

    private static void Resolve(ValidationContext context, PointerPath path, string reference, HashSet<string>? keys,
        string dictionary)
    {
        if (keys is not null && !keys.Contains(reference))
        {
            context.Error(path, ReferenceCodes.Unresolved, $"'{reference}' is not defined in {dictionary}.");
        }
    }
}
