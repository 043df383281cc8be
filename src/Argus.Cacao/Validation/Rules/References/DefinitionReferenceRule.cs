using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Rules.Graph;

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
        var root = context.Root;
        var extensions = Dictionary(root, "extension_definitions");
        var agents = Dictionary(root, "agent_definitions");
        var targets = Dictionary(root, "target_definitions");
        var auth = Dictionary(root, "authentication_info_definitions");
        var markings = Dictionary(root, "data_marking_definitions");

        CheckExtensionKeys(context, root, PointerPath.Root, "playbook_extensions", extensions);
        CheckMarkingList(context, root, PointerPath.Root, markings);
        if (context.Workflow is { } document)
        {
            foreach (var (id, step) in document.Steps())
            {
                var path = WorkflowDocument.StepPath(id);
                CheckExtensionKeys(context, step, path, "step_extensions", extensions);
                if (WorkflowDocument.TryGetString(step, "agent", out var agent))
                {
                    Resolve(context, path.Append("agent"), agent, agents, "agent_definitions");
                }

                if (WorkflowDocument.TryGetArray(step, "targets", out var targetList))
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

        foreach (var name in (string[])["agent_definitions", "target_definitions"])
        {
            foreach (var (_, definition, path) in Definitions(root, name))
            {
                CheckExtensionKeys(context, definition, path, "agent_target_extensions", extensions);
                if (WorkflowDocument.TryGetString(definition, "authentication_info", out var reference))
                {
                    Resolve(context, path.Append("authentication_info"), reference, auth,
                        "authentication_info_definitions");
                }
            }
        }

        foreach (var (_, definition, path) in Definitions(root, "authentication_info_definitions"))
        {
            CheckExtensionKeys(context, definition, path, "authentication_info_extensions", extensions);
        }

        foreach (var (_, definition, path) in Definitions(root, "data_marking_definitions"))
        {
            CheckExtensionKeys(context, definition, path, "marking_extensions", extensions);
            CheckMarkingList(context, definition, path, markings);
        }

        MarkingCycles.Report(context, root);
    }

    /// <summary>The keys of a definitions dictionary; null when it is present but not an object (not checkable).</summary>
    private static HashSet<string>? Dictionary(JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return WorkflowDocument.Keys(root, name);
    }

    internal static IEnumerable<(string Key, JsonElement Definition, PointerPath Path)> Definitions(JsonElement root, string name)
    {
        if (!WorkflowDocument.TryGetObject(root, name, out var dictionary))
        {
            yield break;
        }

        var prefix = PointerPath.Root.Append(name);
        foreach (var property in dictionary.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                yield return (property.Name, property.Value, prefix.Append(property));
            }
        }
    }

    private static void CheckExtensionKeys(ValidationContext context, JsonElement owner, PointerPath ownerPath,
        string property, HashSet<string>? extensions)
    {
        if (!WorkflowDocument.TryGetObject(owner, property, out var dictionary))
        {
            return;
        }

        var path = ownerPath.Append(property);
        foreach (var extension in dictionary.EnumerateObject())
        {
            Resolve(context, path.Append(extension.Name), extension.Name, extensions, "extension_definitions");
        }
    }

    private static void CheckMarkingList(ValidationContext context, JsonElement owner, PointerPath ownerPath,
        HashSet<string>? markings)
    {
        if (!WorkflowDocument.TryGetArray(owner, "markings", out var list))
        {
            return;
        }

        var path = ownerPath.Append("markings");
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
