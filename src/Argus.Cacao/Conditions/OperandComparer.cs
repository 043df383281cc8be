using System.Globalization;
using System.Numerics;

namespace Argus.Cacao.Conditions;

/// <summary>
/// Compares two resolved operands in a common <see cref="ValueDomain"/>: the domain of the stronger side (a variable's
/// CACAO type beats a literal), numbers of both kinds as floats, and a string variable yields to a typed one.
/// </summary>
internal static class OperandComparer
{
    public static ValueDomain DomainOf(string cacaoType) => cacaoType.ToLowerInvariant() switch
    {
        "integer" or "long" => ValueDomain.Integer,
        "float" => ValueDomain.Float,
        "bool" => ValueDomain.Boolean,
        "ipv4-addr" or "ipv6-addr" => ValueDomain.IpAddress,
        "mac-addr" => ValueDomain.MacAddress,
        "uuid" => ValueDomain.Uuid,
        "md5-hash" or "sha1-hash" or "sha224-hash" or "sha256-hash" or "sha384-hash" or "sha512-hash" or "hash" or "hexstring"
            => ValueDomain.CaseInsensitive,
        _ => ValueDomain.String,
    };

    public static ConditionEvaluationError? AreEqual(TypedOperand left, TypedOperand right, out bool equal)
    {
        equal = false;
        var error = ParseBoth(left, right, out var domain, out var a, out var b);
        if (error is not null)
        {
            return error;
        }

        equal = domain switch
        {
            ValueDomain.CaseInsensitive => string.Equals((string)a, (string)b, StringComparison.OrdinalIgnoreCase),
            _ => a.Equals(b),
        };
        return null;
    }

    public static ConditionEvaluationError? Order(TypedOperand left, TypedOperand right, string operatorText, out int order)
    {
        order = 0;
        var error = ParseBoth(left, right, out var domain, out var a, out var b);
        if (error is not null)
        {
            return error;
        }

        switch (domain)
        {
            case ValueDomain.Integer:
                order = ((BigInteger)a).CompareTo((BigInteger)b);
                return null;
            case ValueDomain.Float:
                order = ((double)a).CompareTo((double)b);
                return null;
            case ValueDomain.String:
                order = string.CompareOrdinal((string)a, (string)b);
                return null;
            case ValueDomain.CaseInsensitive:
                order = string.Compare((string)a, (string)b, StringComparison.OrdinalIgnoreCase);
                return null;
            case ValueDomain.IpAddress when ((IpBlock)a).IsIPv6 == ((IpBlock)b).IsIPv6:
                order = ((IpBlock)a).CompareTo((IpBlock)b);
                return null;
            case ValueDomain.IpAddress:
                return new ConditionEvaluationError(ConditionErrorKind.IncomparableTypes,
                    $"'{operatorText}' cannot order an IPv4 and an IPv6 address ({left.Label}, {right.Label}).");
            default:
                return new ConditionEvaluationError(ConditionErrorKind.UnsupportedOperator,
                    $"'{operatorText}' does not apply to {DomainName(domain)} values ({left.Label}, {right.Label}).");
        }
    }

    public static ConditionEvaluationError? ParseIpBlock(TypedOperand operand, string operatorText, out IpBlock block)
    {
        if (operand.Domain is not (ValueDomain.IpAddress or ValueDomain.String))
        {
            block = default;
            return new ConditionEvaluationError(ConditionErrorKind.UnsupportedOperator,
                $"{operatorText} applies to IP addresses and CIDR blocks, not to {operand.Label}.");
        }

        return IpBlock.TryParse(operand.Text, out block)
            ? null
            : new ConditionEvaluationError(ConditionErrorKind.InvalidValue,
                $"{Capitalize(operand.Label)} is not an IP address or CIDR block, as {operatorText} needs.");
    }

    private static ConditionEvaluationError? ParseBoth(
        TypedOperand left, TypedOperand right, out ValueDomain domain, out object a, out object b)
    {
        a = b = string.Empty;
        if (!TryChooseDomain(left, right, out domain))
        {
            return new ConditionEvaluationError(ConditionErrorKind.IncomparableTypes,
                $"{Capitalize(left.Label)} and {right.Label} cannot be compared.");
        }

        return Parse(domain, left, out a) ?? Parse(domain, right, out b);
    }

    private static bool TryChooseDomain(TypedOperand left, TypedOperand right, out ValueDomain domain)
    {
        if (left.Domain == right.Domain)
        {
            domain = left.Domain;
            return true;
        }

        if (left.Domain is ValueDomain.Integer or ValueDomain.Float && right.Domain is ValueDomain.Integer or ValueDomain.Float)
        {
            domain = ValueDomain.Float;
            return true;
        }

        if (left.Strength != right.Strength)
        {
            domain = left.Strength > right.Strength ? left.Domain : right.Domain;
            return true;
        }

        // Two variables (or two typed literals) of different types: only a string side may be read as the other type.
        if (left.Domain == ValueDomain.String || right.Domain == ValueDomain.String)
        {
            domain = left.Domain == ValueDomain.String ? right.Domain : left.Domain;
            return true;
        }

        domain = ValueDomain.String;
        return false;
    }

    private static ConditionEvaluationError? Parse(ValueDomain domain, TypedOperand operand, out object value)
    {
        var text = operand.Text;
        var trimmed = text.Trim();
        object? parsed = domain switch
        {
            ValueDomain.String => text,
            ValueDomain.CaseInsensitive => trimmed,
            ValueDomain.Integer => BigInteger.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? integer : null,
            ValueDomain.Float => double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number) ? number : null,
            ValueDomain.Boolean => ParseBoolean(trimmed),
            ValueDomain.IpAddress => IpBlock.TryParse(trimmed, out var block) ? block : null,
            ValueDomain.MacAddress => NormalizeMac(trimmed),
            ValueDomain.Uuid => Guid.TryParse(trimmed, out var uuid) ? uuid : null,
            _ => null,
        };
        value = parsed ?? string.Empty;
        return parsed is null
            ? new ConditionEvaluationError(ConditionErrorKind.InvalidValue,
                $"{Capitalize(operand.Label)} is not a valid {DomainName(domain)} value.")
            : null;
    }

    public static bool? ParseBoolean(string text) =>
        string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>Twelve lower-case hex digits, accepting <c>:</c>, <c>-</c> and <c>.</c> separators or none.</summary>
    private static string? NormalizeMac(string text)
    {
        Span<char> digits = stackalloc char[12];
        var count = 0;
        foreach (var c in text)
        {
            if (c is ':' or '-' or '.')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c) || count == 12)
            {
                return null;
            }

            digits[count++] = char.ToLowerInvariant(c);
        }

        return count == 12 ? new string(digits) : null;
    }

    private static string DomainName(ValueDomain domain) => domain switch
    {
        ValueDomain.String => "string",
        ValueDomain.Integer => "integer",
        ValueDomain.Float => "float",
        ValueDomain.Boolean => "bool",
        ValueDomain.IpAddress => "IP address",
        ValueDomain.MacAddress => "MAC address",
        ValueDomain.Uuid => "uuid",
        ValueDomain.CaseInsensitive => "hash or hex string",
        _ => domain.ToString(),
    };

    private static string Capitalize(string label) =>
        label.Length == 0 ? label : string.Concat(char.ToUpperInvariant(label[0]).ToString(), label.AsSpan(1));
}
