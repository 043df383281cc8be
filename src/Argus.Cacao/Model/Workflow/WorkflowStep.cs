using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Cacao.Model.Workflow;

/// <summary>A workflow step (CACAO 4.1), the value of a <c>workflow</c> entry keyed by its step identifier.</summary>
/// <remarks>
/// One derived record per step type of workflow-step-type-enum, and <see cref="UnknownStep"/> for any other
/// <c>type</c>. <see cref="Type"/> follows from the record type and does not change with <c>with</c>.
/// </remarks>
public abstract record WorkflowStep : CacaoObject
{
    /// <summary>Sets the step type for a derived record.</summary>
    /// <param name="type">The <c>type</c> value, null when the source had none.</param>
    private protected WorkflowStep(string? type) => Type = type;

    /// <summary>The step type (<c>type</c>); see <see cref="WorkflowStepTypes"/>.</summary>
    public string? Type { get; }

    /// <summary>The name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>External references (<c>external_references</c>).</summary>
    public ImmutableArray<ExternalReference>? ExternalReferences { get; init; }

    /// <summary>Milliseconds to wait before the step runs (<c>delay</c>).</summary>
    public long? Delay { get; init; }

    /// <summary>Milliseconds the step may take (<c>timeout</c>).</summary>
    public long? Timeout { get; init; }

    /// <summary>Step-scoped variables keyed by name (<c>step_variables</c>).</summary>
    public OrderedMap<Variable>? StepVariables { get; init; }

    /// <summary>The identity owning the step (<c>owner</c>).</summary>
    public string? Owner { get; init; }

    /// <summary>The step run after this one, whatever its outcome (<c>on_completion</c>).</summary>
    public string? OnCompletion { get; init; }

    /// <summary>The step run after this one succeeds (<c>on_success</c>).</summary>
    public string? OnSuccess { get; init; }

    /// <summary>The step run after this one fails (<c>on_failure</c>).</summary>
    public string? OnFailure { get; init; }

    /// <summary>Extension values as raw JSON objects keyed by extension-definition identifier
    /// (<c>step_extensions</c>).</summary>
    public OrderedMap<JsonElement>? StepExtensions { get; init; }
}
