using System.Text.Json;
using Argus.Cacao.Validation.Reading;

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
        if (!context.Reading.Playbook.TryGetArray(PlaybookMember.PlaybookActivities, out var activities))
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
        if (context.Workflow is not null)
        {
            foreach (var step in context.Reading.Steps)
            {
                if (!step.TryGetArray(StepMember.Commands, out var commands))
                {
                    continue;
                }

                foreach (var command in commands.EnumerateArray())
                {
                    if (command.ValueKind == JsonValueKind.Object && command.TryGetProperty("playbook_activity"u8, out var activity)
                        && activity.ValueKind == JsonValueKind.String)
                    {
                        carried.Add(activity.GetString()!);
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
