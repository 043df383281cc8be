namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>One property an <see cref="ObjectShape"/> defines: its name, its shape and whether it must be present.</summary>
internal sealed record PropertyRule(string Name, ValueShape Shape, bool IsRequired = false);
