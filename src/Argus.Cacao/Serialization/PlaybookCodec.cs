using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>The codec of <see cref="Model.Playbook"/>, with the members in the order of CS01 <c>playbook.json</c>.</summary>
internal static class PlaybookCodec
{
    public static ObjectCodec<Playbook> Playbook { get; } = new ObjectCodec<Playbook>(() => new Playbook())
        .Add("type", JsonCodecs.String, p => p.Type, (p, v) => p with { Type = v })
        .Add("spec_version", JsonCodecs.String, p => p.SpecVersion, (p, v) => p with { SpecVersion = v })
        .Add("id", JsonCodecs.String, p => p.Id, (p, v) => p with { Id = v })
        .Add("name", JsonCodecs.String, p => p.Name, (p, v) => p with { Name = v })
        .Add("description", JsonCodecs.String, p => p.Description, (p, v) => p with { Description = v })
        .AddValue("playbook_types", JsonCodecs.StringList, p => p.PlaybookTypes, (p, v) => p with { PlaybookTypes = v })
        .AddValue("playbook_activities", JsonCodecs.StringList, p => p.PlaybookActivities, (p, v) => p with { PlaybookActivities = v })
        .Add("playbook_processing_summary", DataTypeCodecs.ProcessingSummary, p => p.PlaybookProcessingSummary,
            (p, v) => p with { PlaybookProcessingSummary = v })
        .Add("created_by", JsonCodecs.String, p => p.CreatedBy, (p, v) => p with { CreatedBy = v })
        .Add("created", JsonCodecs.String, p => p.Created, (p, v) => p with { Created = v })
        .Add("modified", JsonCodecs.String, p => p.Modified, (p, v) => p with { Modified = v })
        .AddValue("revoked", JsonCodecs.Boolean, p => p.Revoked, (p, v) => p with { Revoked = v })
        .Add("valid_from", JsonCodecs.String, p => p.ValidFrom, (p, v) => p with { ValidFrom = v })
        .Add("valid_until", JsonCodecs.String, p => p.ValidUntil, (p, v) => p with { ValidUntil = v })
        .AddValue("derived_from", JsonCodecs.StringList, p => p.DerivedFrom, (p, v) => p with { DerivedFrom = v })
        .AddValue("related_to", JsonCodecs.StringList, p => p.RelatedTo, (p, v) => p with { RelatedTo = v })
        .AddValue("priority", JsonCodecs.Int32, p => p.Priority, (p, v) => p with { Priority = v })
        .AddValue("severity", JsonCodecs.Int32, p => p.Severity, (p, v) => p with { Severity = v })
        .AddValue("impact", JsonCodecs.Int32, p => p.Impact, (p, v) => p with { Impact = v })
        .AddValue("industry_sectors", JsonCodecs.StringList, p => p.IndustrySectors, (p, v) => p with { IndustrySectors = v })
        .AddValue("labels", JsonCodecs.StringList, p => p.Labels, (p, v) => p with { Labels = v })
        .AddValue("external_references", DataTypeCodecs.ExternalReferences, p => p.ExternalReferences,
            (p, v) => p with { ExternalReferences = v })
        .AddValue("markings", JsonCodecs.StringList, p => p.Markings, (p, v) => p with { Markings = v })
        .Add("playbook_variables", DataTypeCodecs.Variables, p => p.PlaybookVariables, (p, v) => p with { PlaybookVariables = v })
        .Add("workflow_start", JsonCodecs.String, p => p.WorkflowStart, (p, v) => p with { WorkflowStart = v })
        .Add("workflow_exception", JsonCodecs.String, p => p.WorkflowException, (p, v) => p with { WorkflowException = v })
        .Add("workflow", JsonCodecs.MapOf(WorkflowStepCodecs.Step), p => p.Workflow, (p, v) => p with { Workflow = v })
        .Add("playbook_extensions", JsonCodecs.RawMap, p => p.PlaybookExtensions, (p, v) => p with { PlaybookExtensions = v })
        .Add("authentication_info_definitions", JsonCodecs.MapOf(AuthenticationInfoCodec.AuthenticationInfo),
            p => p.AuthenticationInfoDefinitions, (p, v) => p with { AuthenticationInfoDefinitions = v })
        .Add("agent_definitions", JsonCodecs.MapOf(AgentTargetCodec.AgentTarget), p => p.AgentDefinitions,
            (p, v) => p with { AgentDefinitions = v })
        .Add("target_definitions", JsonCodecs.MapOf(AgentTargetCodec.AgentTarget), p => p.TargetDefinitions,
            (p, v) => p with { TargetDefinitions = v })
        .Add("extension_definitions", JsonCodecs.MapOf(DataTypeCodecs.ExtensionDefinition), p => p.ExtensionDefinitions,
            (p, v) => p with { ExtensionDefinitions = v })
        .Add("data_marking_definitions", JsonCodecs.MapOf(DataMarkingCodecs.Marking), p => p.DataMarkingDefinitions,
            (p, v) => p with { DataMarkingDefinitions = v })
        .AddValue("signatures", JsonCodecs.ListOf(DataTypeCodecs.Signature), p => p.Signatures, (p, v) => p with { Signatures = v });
}
