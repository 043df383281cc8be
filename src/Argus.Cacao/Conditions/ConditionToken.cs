namespace Argus.Cacao.Conditions;

/// <summary>One token of a condition.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Position">0-based index of its first character in the condition.</param>
/// <param name="Length">Its length in the condition text.</param>
/// <param name="Text">Its meaning, as described for each <see cref="ConditionTokenKind"/>; otherwise the source text.</param>
internal readonly record struct ConditionToken(ConditionTokenKind Kind, int Position, int Length, string Text)
{
    public bool IsKeyword(string keyword) =>
        Kind == ConditionTokenKind.Keyword && string.Equals(Text, keyword, StringComparison.Ordinal);
}
