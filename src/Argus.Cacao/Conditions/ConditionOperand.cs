namespace Argus.Cacao.Conditions;

/// <summary>One side of a comparison: a variable reference or a literal.</summary>
/// <remarks><see cref="ToString"/> gives the operand's canonical condition text.</remarks>
public abstract record ConditionOperand
{
    private protected ConditionOperand()
    {
    }

    /// <summary>The canonical condition text of this operand.</summary>
    /// <returns>A variable reference (<c>__name__:value</c>) or a literal in canonical form.</returns>
    public sealed override string ToString() => ConditionPrinter.Print(this);
}
