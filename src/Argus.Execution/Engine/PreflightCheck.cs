using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;

namespace Argus.Execution.Engine;

/// <summary>Lists, before a run, every action step whose commands have no capability.</summary>
public static class PreflightCheck
{
    public static ImmutableArray<PreflightIssue> Check(Playbook playbook, CapabilityRegistry capabilities)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(capabilities);
        var issues = ImmutableArray.CreateBuilder<PreflightIssue>();
        foreach (var (stepId, step) in playbook.Workflow ?? OrderedMap<WorkflowStep>.Empty)
        {
            if (step is not ActionStep action)
            {
                continue;
            }

            var agentType = action.Agent is { } agentId && playbook.AgentDefinitions?.TryGetValue(agentId, out var agent) == true
                ? agent.Type
                : null;
            foreach (var command in action.Commands ?? [])
            {
                if (capabilities.Find(command.Type, agentType) is null)
                {
                    issues.Add(new PreflightIssue(playbook.Id ?? "", stepId, command.Type, agentType,
                        MissingCapabilityMessage(command.Type, agentType)));
                }
            }
        }

        return issues.ToImmutable();
    }

    internal static string MissingCapabilityMessage(string? commandType, string? agentType) =>
        $"No capability is registered for command type '{commandType ?? "(none)"}'"
        + (agentType is null ? "" : $" with agent type '{agentType}'")
        + "; the step cannot run.";
}
