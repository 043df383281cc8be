using System.Text.Json;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// <c>playbook_activities</c> "MUST be reflected in a CACAO workflow step object" (spec 3.1.2), read as: some
/// command carries one of them in its <c>playbook_activity</c>.
/// </summary>
/// <remarks>
/// The spec's own Example 3.1 lists two activities and reflects only one, so the rule warns when none of the
/// listed activities is carried by any command, naming them all, rather than once per unreflected activity.
/// </remarks>
internal sealed class ActivityReflectionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (!WorkflowDocument.TryGetArray(context.Root, "playbook_activities", out var activities))
        {
            return;
        }

        var listed = activities.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.String)
            .Select(a => a.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (listed.Count == 0)
        {
            return;
        }

        var carried = new HashSet<string>(StringComparer.Ordinal);
        if (context.Workflow is { } document)
        {
            foreach (var (_, step) in document.Steps())
            {
                if (!WorkflowDocument.TryGetArray(step, "commands", out var commands))
                {
                    continue;
                }

                foreach (var command in commands.EnumerateArray())
                {
                    if (WorkflowDocument.TryGetString(command, "playbook_activity", out var activity))
                    {
                        carried.Add(activity);
                    }
                }
            }
        }

        if (!listed.Any(carried.Contains))
        {
            context.Warning("/playbook_activities", ReferenceCodes.ActivityNotReflected,
                $"No command's playbook_activity reflects any listed playbook activity ({string.Join(", ", listed)}).");
        }
    }
}
