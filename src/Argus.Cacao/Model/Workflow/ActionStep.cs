using System.Collections.Immutable;
using Argus.Cacao.Model.Commands;

namespace Argus.Cacao.Model.Workflow;

/// <summary>An action step (<c>type</c> <c>action</c>, CACAO 4.4): commands run by an agent against targets.</summary>
public sealed record ActionStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>action</c>.</summary>
    public ActionStep()
        : base(WorkflowStepTypes.Action)
    {
    }

    /// <summary>The commands to run (<c>commands</c>, required by the spec).</summary>
    public ImmutableArray<CommandData>? Commands { get; init; }

    /// <summary>The identifier of the agent that runs the commands (<c>agent</c>, required by the spec).</summary>
    public string? Agent { get; init; }

    /// <summary>Identifiers of the targets (<c>targets</c>).</summary>
    public ImmutableArray<string>? Targets { get; init; }

    /// <summary>Names of the variables passed to the commands (<c>in_args</c>).</summary>
    public ImmutableArray<string>? InArgs { get; init; }

    /// <summary>Names of the variables the commands set (<c>out_args</c>).</summary>
    public ImmutableArray<string>? OutArgs { get; init; }
}
