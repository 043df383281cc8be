using System.Collections.Immutable;

namespace Argus.Cacao.Conditions;

/// <summary><c>Left IN (a, b, …)</c> or <c>Left NOT IN (…)</c>: whether the left operand equals one of the set's members.</summary>
/// <param name="Left">The tested operand.</param>
/// <param name="Members">The set, in written order (may be empty).</param>
/// <param name="IsNegated">True for <c>NOT IN</c>.</param>
/// <remarks>Unlike other records holding an <see cref="ImmutableArray{T}"/>, equality compares the members element by element.</remarks>
public sealed record SetMembershipExpression(ConditionOperand Left, ImmutableArray<ConditionOperand> Members, bool IsNegated)
    : ConditionExpression
{
    /// <summary>Compares operand, negation and members element by element.</summary>
    /// <param name="other">The expression to compare with.</param>
    /// <returns>True when both expressions are the same test.</returns>
    public bool Equals(SetMembershipExpression? other) =>
        other is not null
        && Left.Equals(other.Left)
        && IsNegated == other.IsNegated
        && Members.AsSpan().SequenceEqual(other.Members.AsSpan());

    /// <summary>A hash consistent with <see cref="Equals(SetMembershipExpression)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Left);
        hash.Add(IsNegated);
        foreach (var member in Members)
        {
            hash.Add(member);
        }

        return hash.ToHashCode();
    }
}
