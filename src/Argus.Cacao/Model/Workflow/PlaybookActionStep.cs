using System.Collections.Immutable;

namespace Argus.Cacao.Model.Workflow;

/// <summary>A playbook-action step (<c>type</c> <c>playbook-action</c>, CACAO 4.5): runs another playbook.</summary>
public sealed record PlaybookActionStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>playbook-action</c>.</summary>
    public PlaybookActionStep()
        : base(WorkflowStepTypes.PlaybookAction)
    {
    }

    /// <summary>The identifier of the playbook to run (<c>playbook_id</c>, required by the spec).</summary>
    public string? PlaybookId { get; init; }

    /// <summary>The <c>modified</c> timestamp of the version to run (<c>playbook_version</c>).</summary>
    public string? PlaybookVersion { get; init; }

    /// <summary>Names of the variables passed to the playbook (<c>in_args</c>).</summary>
    public ImmutableArray<string>? InArgs { get; init; }

    /// <summary>Names of the variables the playbook sets (<c>out_args</c>).</summary>
    public ImmutableArray<string>? OutArgs { get; init; }
}
