using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Argus.Cacao.Conditions;

/// <summary>
/// Parses CACAO conditions: the comparison part of the STIX patterning grammar as playbooks write it (spec-notes §2.7).
/// </summary>
/// <remarks>
/// <para>Grammar (keywords in any letter case; precedence NOT &gt; AND &gt; OR; AND and OR associate to the left):</para>
/// <code>
/// condition  := or END
/// or         := and ( OR and )*
/// and        := unary ( AND unary )*
/// unary      := NOT unary | '(' or ')' | '[' or ']' | test
/// test       := operand ( ('=' | '==' | '!=' | '&lt;&gt;' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') operand
///                       | NOT? IN '(' [ operand ( ',' operand )* ] ')'
///                       | NOT? ( LIKE | MATCHES | ISSUBSET | ISSUPERSET ) operand )?   -- alone: a variable used as a bool
/// operand    := __name__:value | 'string' | "string" | t'…' | h'…' | b'…' | integer | float | true | false | bare-word
/// </code>
/// <para>Single-quoted strings escape <c>\'</c> and <c>\\</c>, double-quoted ones <c>\"</c> and <c>\\</c>. A bare word
/// (such as <c>yes</c> or <c>10.0.0.1</c>) is a string literal, accepted for compatibility and reported as a warning.
/// The STIX typed literals <c>t'…'</c>, <c>h'…'</c> and <c>b'…'</c> are read as strings holding their text.</para>
/// <para>Never throws for any text: errors come back as <see cref="ConditionParseResult.Failed"/> with a 0-based position.
/// Nesting (parentheses, brackets, NOT and operator chains) is limited to <see cref="MaxDepth"/> levels.</para>
/// </remarks>
public static class ConditionParser
{
    /// <summary>The deepest accepted nesting of parentheses, brackets, NOT and AND/OR operands.</summary>
    /// <value>64: real conditions use two or three levels; the limit keeps evaluation and printing off deep recursion.</value>
    public const int MaxDepth = 64;

    /// <summary>Parses a condition.</summary>
    /// <param name="text">The condition text, such as <c>__count__:value &lt;= 10 AND NOT __done__:value</c>.</param>
    /// <returns>The syntax tree with any warnings, or the first syntax error with its position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ConditionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<ConditionToken>();
        var lexicalError = ConditionLexer.Tokenize(text, tokens);
        if (lexicalError is not null)
        {
            return new ConditionParseResult.Failed(lexicalError);
        }

        if (tokens[0].Kind == ConditionTokenKind.End)
        {
            return new ConditionParseResult.Failed(new ConditionSyntaxError("The condition is empty.", 0));
        }

        var parser = new ConditionTokenParser(tokens);
        var expression = parser.ParseCondition();
        return expression is null
            ? new ConditionParseResult.Failed(parser.Error!) // ParseCondition sets Error whenever it returns null
            : new ConditionParseResult.Parsed(expression, parser.Warnings.ToImmutable());
    }

    /// <summary>
    /// Parses a single operand: a variable reference or a literal, as a <c>switch-condition</c>'s <c>switch</c> holds it.
    /// </summary>
    /// <param name="text">The text, such as <c>__mode__:value</c>.</param>
    /// <param name="operand">The operand when the text is exactly one.</param>
    /// <param name="error">Why it is not, otherwise.</param>
    /// <returns>True when <paramref name="text"/> is exactly one operand.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParseOperand(
        string text,
        [NotNullWhen(true)] out ConditionOperand? operand,
        [NotNullWhen(false)] out ConditionSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        operand = null;
        var tokens = new List<ConditionToken>();
        error = ConditionLexer.Tokenize(text, tokens);
        if (error is not null)
        {
            return false;
        }

        var parser = new ConditionTokenParser(tokens);
        operand = parser.ParseSingleOperand();
        error = parser.Error;
        return operand is not null;
    }
}
