namespace Argus.Cacao.Conditions;

/// <summary>
/// A parsed CACAO condition (the <c>condition</c> of an <c>if-condition</c> or <c>while-condition</c> step): an
/// immutable tree of boolean operators over comparisons. Produced by <see cref="ConditionParser.Parse"/>,
/// evaluated by <see cref="ConditionEvaluator.Evaluate(ConditionExpression, IConditionVariables)"/>.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> gives the canonical condition text: keywords in upper case, strings single-quoted,
/// parentheses only where precedence needs them, no <c>[ … ]</c> wrapper. Parsing that text gives an equal tree.
/// </remarks>
public abstract record ConditionExpression
{
    private protected ConditionExpression()
    {
    }

    /// <summary>The canonical condition text of this expression.</summary>
    /// <returns>Text that <see cref="ConditionParser.Parse"/> turns back into an equal expression.</returns>
    public sealed override string ToString() => ConditionPrinter.Print(this);
}
