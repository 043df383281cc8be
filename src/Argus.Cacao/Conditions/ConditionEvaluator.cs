using System.Globalization;
using System.Text.RegularExpressions;

namespace Argus.Cacao.Conditions;

/// <summary>Evaluates parsed conditions against variables, and resolves <c>switch</c> values.</summary>
/// <remarks>
/// <para>Comparisons follow the CACAO type of the variable involved: <c>integer</c>/<c>long</c> as integers of any
/// size, <c>float</c> as doubles, <c>bool</c>, <c>ipv4-addr</c>/<c>ipv6-addr</c> as addresses or CIDR blocks,
/// <c>mac-addr</c> normalised, <c>uuid</c> as UUIDs, hashes and <c>hexstring</c> ignoring case, everything else as
/// ordinal strings. A literal is read as the type of the variable it is compared with; two literals compare by
/// their own kinds (a quoted string yields to a number or bool on the other side); integers and floats compare
/// numerically. LIKE and MATCHES work on the text of both sides; ISSUBSET/ISSUPERSET on IP addresses and CIDR blocks.</para>
/// <para>AND and OR skip their right side when the left decides. Failures (unknown variable, null value, invalid or
/// incomparable values, bad regular expression) are returned as <see cref="ConditionEvaluationResult.Failed"/>; the
/// messages name variables and types, never variable values.</para>
/// </remarks>
public static class ConditionEvaluator
{
    /// <summary>Evaluates a condition with <see cref="ConditionEvaluationOptions.Default"/>.</summary>
    /// <param name="expression">The parsed condition.</param>
    /// <param name="variables">The variables in scope.</param>
    /// <returns>The truth value, or why there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ConditionEvaluationResult Evaluate(ConditionExpression expression, IConditionVariables variables) =>
        Evaluate(expression, variables, ConditionEvaluationOptions.Default);

    /// <summary>Evaluates a condition.</summary>
    /// <param name="expression">The parsed condition.</param>
    /// <param name="variables">The variables in scope.</param>
    /// <param name="options">Evaluation settings.</param>
    /// <returns>The truth value, or why there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ConditionEvaluationResult Evaluate(
        ConditionExpression expression, IConditionVariables variables, ConditionEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(options);
        var error = new ConditionExpressionWalker(variables, options).Evaluate(expression, out var value);
        return error is null
            ? new ConditionEvaluationResult.Evaluated(value)
            : new ConditionEvaluationResult.Failed(error);
    }

    /// <summary>
    /// Resolves the <c>switch</c> property of a <c>switch-condition</c> step to the string matched against its
    /// <c>cases</c> keys: a variable reference gives the variable's value, a literal its text.
    /// </summary>
    /// <param name="switchExpression">The property's text, such as <c>__mode__:value</c>.</param>
    /// <param name="variables">The variables in scope.</param>
    /// <returns>The value, or why there is none (also when the text is not a single operand).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SwitchResolution ResolveSwitch(string switchExpression, IConditionVariables variables)
    {
        ArgumentNullException.ThrowIfNull(switchExpression);
        ArgumentNullException.ThrowIfNull(variables);
        if (!ConditionParser.TryParseOperand(switchExpression, out var operand, out var syntaxError))
        {
            return new SwitchResolution.Failed(new ConditionEvaluationError(ConditionErrorKind.InvalidSyntax,
                $"The switch is not a variable reference or a literal: {syntaxError.Message} (at position {syntaxError.Position})."));
        }

        var error = Resolve(operand, variables, out var resolved);
        return error is null
            ? new SwitchResolution.Resolved(resolved.Text)
            : new SwitchResolution.Failed(error);
    }

    internal static ConditionEvaluationError? Resolve(ConditionOperand operand, IConditionVariables variables, out TypedOperand resolved)
    {
        resolved = default;
        switch (operand)
        {
            case VariableReference reference:
                if (!variables.TryGet(reference.Name, out var variable))
                {
                    return new ConditionEvaluationError(ConditionErrorKind.UnknownVariable,
                        $"The variable {reference.Name} is not defined in this scope.");
                }

                if (variable.Value is null)
                {
                    return new ConditionEvaluationError(ConditionErrorKind.NullValue,
                        $"The variable {reference.Name} has no value (null).");
                }

                resolved = new TypedOperand(OperandComparer.DomainOf(variable.Type), TypedOperand.VariableStrength,
                    variable.Value, $"variable {reference.Name} ({variable.Type})");
                return null;
            case StringLiteral text:
                resolved = new TypedOperand(ValueDomain.String, TypedOperand.StringLiteralStrength, text.Value, $"the literal {text}");
                return null;
            case IntegerLiteral integer:
                resolved = new TypedOperand(ValueDomain.Integer, TypedOperand.TypedLiteralStrength,
                    integer.Value.ToString(CultureInfo.InvariantCulture), $"the literal {integer}");
                return null;
            case FloatLiteral number:
                resolved = new TypedOperand(ValueDomain.Float, TypedOperand.TypedLiteralStrength,
                    number.Value.ToString("R", CultureInfo.InvariantCulture), $"the literal {number}");
                return null;
            case BooleanLiteral boolean:
                resolved = new TypedOperand(ValueDomain.Boolean, TypedOperand.TypedLiteralStrength,
                    boolean.Value ? "true" : "false", $"the literal {boolean}");
                return null;
            default:
                throw new ArgumentException($"Unknown operand type {operand.GetType().Name}.", nameof(operand));
        }
    }

    internal static ConditionEvaluationError? MatchRegex(TypedOperand input, TypedOperand pattern, TimeSpan timeout, out bool isMatch)
    {
        isMatch = false;
        try
        {
            isMatch = Regex.IsMatch(input.Text, pattern.Text, RegexOptions.CultureInvariant, timeout);
            return null;
        }
        catch (RegexParseException ex)
        {
            return new ConditionEvaluationError(ConditionErrorKind.InvalidPattern,
                $"The MATCHES pattern ({pattern.Label}) is not a valid regular expression: {ex.Error} at offset {ex.Offset}.");
        }
        catch (RegexMatchTimeoutException)
        {
            return new ConditionEvaluationError(ConditionErrorKind.MatchTimeout,
                $"The MATCHES pattern ({pattern.Label}) ran longer than {timeout.TotalMilliseconds} ms.");
        }
    }
}
