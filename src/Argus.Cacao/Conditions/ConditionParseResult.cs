using System.Collections.Immutable;

namespace Argus.Cacao.Conditions;

/// <summary>The outcome of <see cref="ConditionParser.Parse"/>: <see cref="Parsed"/> or <see cref="Failed"/>.</summary>
public abstract record ConditionParseResult
{
    private ConditionParseResult()
    {
    }

    /// <summary>The condition is well formed.</summary>
    /// <param name="Expression">Its syntax tree.</param>
    /// <param name="Warnings">Accepted but discouraged forms (unquoted string literals), in text order.</param>
    public sealed record Parsed(ConditionExpression Expression, ImmutableArray<ConditionSyntaxWarning> Warnings)
        : ConditionParseResult;

    /// <summary>The condition is not well formed.</summary>
    /// <param name="Error">The first problem found.</param>
    public sealed record Failed(ConditionSyntaxError Error) : ConditionParseResult;
}
