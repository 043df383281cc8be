using System.Collections.Immutable;
using System.Numerics;
using Argus.Cacao.Conditions;
using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Conditions;

/// <summary>FsCheck generators for condition syntax trees and for condition-like token soup.</summary>
internal static class ConditionGenerators
{
    private const string NameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";

    private static readonly string[] Fragments =
    [
        "__a__:value", "__b.c-d__:value", "__x__", "__1__:value", ":value", "AND", "and", "OR", "NOT", "IN", "LIKE",
        "MATCHES", "ISSUBSET", "ISSUPERSET", "true", "FALSE", "(", ")", "[", "]", ",", "=", "==", "!=", "<>", "<", "<=",
        ">", ">=", "!", "'", "\"", "\\", "'a\\'b'", "\"q\"", "1", "-2", "3.5", "1e400", "1e", "yes", "10.0.0.0/8", "%", " ",
    ];

    public static Arbitrary<ConditionExpression> Expressions { get; } = Arb.From(Gen.Sized(size => Expression(Math.Min(size / 10, 5))));

    public static Arbitrary<string> TokenSoup { get; } =
        Arb.From(Gen.Elements(Fragments).ListOf().Select(parts => string.Join(" ", parts)));

    private static Gen<ConditionExpression> Expression(int depth)
    {
        var leaf = Gen.OneOf(Comparison(), SetMembership(), Variable().Select(v => (ConditionExpression)new VariableTruthExpression(v)));
        if (depth <= 0)
        {
            return leaf;
        }

        var child = Expression(depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (2, Gen.Zip(child, child, (l, r) => (ConditionExpression)new AndExpression(l, r))),
            (2, Gen.Zip(child, child, (l, r) => (ConditionExpression)new OrExpression(l, r))),
            (1, child.Select(e => (ConditionExpression)new NotExpression(e))));
    }

    private static Gen<ConditionExpression> Comparison() =>
        from left in Operand()
        from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
        from right in Operand()
        from negated in Gen.Elements(false, true)
        select (ConditionExpression)new ComparisonExpression(left, op, right)
        {
            IsNegated = negated && op is ComparisonOperator.Like or ComparisonOperator.Matches
                or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset,
        };

    private static Gen<ConditionExpression> SetMembership() =>
        from left in Operand()
        from members in Operand().ListOf()
        from negated in Gen.Elements(false, true)
        select (ConditionExpression)new SetMembershipExpression(left, [.. members], negated);

    private static Gen<ConditionOperand> Operand() => Gen.OneOf(
        Variable().Select(v => (ConditionOperand)v),
        Text().Select(t => (ConditionOperand)new StringLiteral(t)),
        Integer().Select(i => (ConditionOperand)new IntegerLiteral(i)),
        Float().Select(f => (ConditionOperand)new FloatLiteral(f)),
        Gen.Elements(false, true).Select(b => (ConditionOperand)new BooleanLiteral(b)));

    private static Gen<VariableReference> Variable() =>
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray())
        from rest in Gen.Elements(NameCharacters.ToCharArray()).ListOf()
        select new VariableReference("__" + first + new string([.. rest]) + "__");

    private static Gen<string> Text() => Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        Gen.Elements("'\\\"%_ ()[],=<>!:aZ0é\n\t".ToCharArray()).ListOf().Select(cs => new string([.. cs])));

    private static Gen<BigInteger> Integer() => Gen.OneOf(
        ArbMap.Default.GeneratorFor<int>().Select(i => new BigInteger(i)),
        ArbMap.Default.GeneratorFor<long>().Select(l => new BigInteger(l) * new BigInteger(long.MaxValue)));

    private static Gen<double> Float() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite),
            Gen.Elements(0.0, -0.0, 1e300, -1e-300, double.Epsilon, double.MaxValue, 0.1, 100.0));
}
