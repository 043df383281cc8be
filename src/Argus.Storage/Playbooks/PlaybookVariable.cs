namespace Argus.Storage.Playbooks;

/// <summary>A playbook-level variable's declaration (its value is never extracted into metadata).</summary>
public sealed record PlaybookVariable(string Name, string? Type, string? Description, bool Constant, bool External);
