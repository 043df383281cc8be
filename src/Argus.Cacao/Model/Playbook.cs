using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Markings;
using Argus.Cacao.Model.Workflow;

namespace Argus.Cacao.Model;

/// <summary>A CACAO v2.0 playbook (CS01 section 3), the top-level document.</summary>
/// <remarks>
/// Every property is optional in the model, even those the spec requires: the reader accepts any JSON object and
/// the validator reports what is missing. Identifiers and timestamps are the strings read, so they round-trip
/// byte for byte (<c>2023-11-20T15:56:00.123456Z</c> stays as is). Dictionaries keep their key order.
/// Collections and dictionaries are null when the property is absent and empty when it is present but empty.
/// </remarks>
public sealed record Playbook : CacaoObject
{
    /// <summary>The object type (<c>type</c>; the spec requires <c>playbook</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The specification version (<c>spec_version</c>; the spec requires <c>cacao-2.0</c>).</summary>
    public string? SpecVersion { get; init; }

    /// <summary>The playbook identifier, <c>playbook--UUID</c> (<c>id</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Playbook types from playbook-type-ov (<c>playbook_types</c>); see <see cref="PlaybookTypes"/>.</summary>
    public ImmutableArray<string>? PlaybookTypes { get; init; }

    /// <summary>Activities from playbook-activity-type-ov (<c>playbook_activities</c>); see
    /// <see cref="PlaybookActivityTypes"/>.</summary>
    public ImmutableArray<string>? PlaybookActivities { get; init; }

    /// <summary>Which features the playbook uses (<c>playbook_processing_summary</c>).</summary>
    public PlaybookProcessingSummary? PlaybookProcessingSummary { get; init; }

    /// <summary>The creating identity, <c>identity--UUID</c> (<c>created_by</c>).</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Creation time (<c>created</c>).</summary>
    public string? Created { get; init; }

    /// <summary>Modification time; same <see cref="Id"/> and another value means another version (<c>modified</c>).</summary>
    public string? Modified { get; init; }

    /// <summary>Whether the playbook is revoked (<c>revoked</c>; the spec default is false).</summary>
    public bool? Revoked { get; init; }

    /// <summary>Start of validity (<c>valid_from</c>).</summary>
    public string? ValidFrom { get; init; }

    /// <summary>End of validity (<c>valid_until</c>).</summary>
    public string? ValidUntil { get; init; }

    /// <summary>Identifiers of playbooks this one derives from (<c>derived_from</c>).</summary>
    public ImmutableArray<string>? DerivedFrom { get; init; }

    /// <summary>Identifiers of related objects (<c>related_to</c>).</summary>
    public ImmutableArray<string>? RelatedTo { get; init; }

    /// <summary>Priority 0..100; 1 is the highest, 0 is "specifically undefined" (<c>priority</c>).</summary>
    public int? Priority { get; init; }

    /// <summary>Severity 0..100; 100 is the highest (<c>severity</c>).</summary>
    public int? Severity { get; init; }

    /// <summary>Impact 0..100; 100 is the highest (<c>impact</c>).</summary>
    public int? Impact { get; init; }

    /// <summary>Industry sectors from industry-sector-ov (<c>industry_sectors</c>).</summary>
    public ImmutableArray<string>? IndustrySectors { get; init; }

    /// <summary>Free-form labels (<c>labels</c>).</summary>
    public ImmutableArray<string>? Labels { get; init; }

    /// <summary>External references (<c>external_references</c>).</summary>
    public ImmutableArray<ExternalReference>? ExternalReferences { get; init; }

    /// <summary>Identifiers of data marking definitions that apply (<c>markings</c>).</summary>
    public ImmutableArray<string>? Markings { get; init; }

    /// <summary>Playbook-scoped variables keyed by name (<c>playbook_variables</c>).</summary>
    public OrderedMap<Variable>? PlaybookVariables { get; init; }

    /// <summary>The identifier of the first step (<c>workflow_start</c>).</summary>
    public string? WorkflowStart { get; init; }

    /// <summary>The identifier of the step run when the workflow fails (<c>workflow_exception</c>).</summary>
    public string? WorkflowException { get; init; }

    /// <summary>The steps keyed by step identifier (<c>workflow</c>).</summary>
    public OrderedMap<WorkflowStep>? Workflow { get; init; }

    /// <summary>Extension values as raw JSON objects keyed by extension-definition identifier
    /// (<c>playbook_extensions</c>).</summary>
    public OrderedMap<JsonElement>? PlaybookExtensions { get; init; }

    /// <summary>Authentication information keyed by identifier (<c>authentication_info_definitions</c>).</summary>
    public OrderedMap<AuthenticationInfo>? AuthenticationInfoDefinitions { get; init; }

    /// <summary>Agents keyed by identifier (<c>agent_definitions</c>).</summary>
    public OrderedMap<AgentTarget>? AgentDefinitions { get; init; }

    /// <summary>Targets keyed by identifier (<c>target_definitions</c>).</summary>
    public OrderedMap<AgentTarget>? TargetDefinitions { get; init; }

    /// <summary>Extension definitions keyed by identifier (<c>extension_definitions</c>).</summary>
    public OrderedMap<ExtensionDefinition>? ExtensionDefinitions { get; init; }

    /// <summary>Data marking definitions keyed by identifier (<c>data_marking_definitions</c>).</summary>
    public OrderedMap<DataMarking>? DataMarkingDefinitions { get; init; }

    /// <summary>Signatures over the playbook (<c>signatures</c>).</summary>
    public ImmutableArray<Signature>? Signatures { get; init; }
}
