using System.Globalization;
using System.Text;

namespace Argus.Cacao.Conditions;

/// <summary>Splits condition text into <see cref="ConditionToken"/>s, reporting the first lexical error with its position.</summary>
internal static class ConditionLexer
{
    /// <summary>Spec 2.6 (variable naming): names include the double underscores within 250 ASCII characters.</summary>
    public const int MaxVariableNameLength = 250;

    private const string ValueSuffix = ":value";

    private static readonly string[] Keywords = ["AND", "OR", "NOT", "IN", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET"];

    /// <summary>Tokenizes <paramref name="text"/>; the list ends with an <see cref="ConditionTokenKind.End"/> token unless an error is returned.</summary>
    public static ConditionSyntaxError? Tokenize(string text, List<ConditionToken> tokens)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new ConditionToken(ConditionTokenKind.End, text.Length, 0, string.Empty));
                return null;
            }

            var start = i;
            var c = text[i];
            if (c is 't' or 'h' or 'b' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                // STIX typed literals t'timestamp', h'hex' and b'base64': CACAO values are strings, so their text is kept as a string.
                i++;
                var typedError = ReadString(text, ref i, start, tokens);
                if (typedError is not null)
                {
                    return typedError;
                }

                continue;
            }

            switch (c)
            {
                case '(':
                    tokens.Add(new ConditionToken(ConditionTokenKind.LeftParenthesis, i++, 1, "("));
                    continue;
                case ')':
                    tokens.Add(new ConditionToken(ConditionTokenKind.RightParenthesis, i++, 1, ")"));
                    continue;
                case '[':
                    tokens.Add(new ConditionToken(ConditionTokenKind.LeftBracket, i++, 1, "["));
                    continue;
                case ']':
                    tokens.Add(new ConditionToken(ConditionTokenKind.RightBracket, i++, 1, "]"));
                    continue;
                case ',':
                    tokens.Add(new ConditionToken(ConditionTokenKind.Comma, i++, 1, ","));
                    continue;
                case '\'' or '"':
                    var stringError = ReadString(text, ref i, start, tokens);
                    if (stringError is not null)
                    {
                        return stringError;
                    }

                    continue;
                case '=' or '!' or '<' or '>':
                    var operatorError = ReadOperator(text, ref i, tokens);
                    if (operatorError is not null)
                    {
                        return operatorError;
                    }

                    continue;
            }

            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            var wordError = ClassifyWord(text, start, i - start, tokens);
            if (wordError is not null)
            {
                return wordError;
            }
        }
    }

    /// <summary>Characters that end an unquoted word: white space and the characters with a syntactic role.</summary>
    private static bool IsWordCharacter(char c) =>
        !char.IsWhiteSpace(c) && c is not ('(' or ')' or '[' or ']' or ',' or '\'' or '"' or '=' or '!' or '<' or '>');

    private static ConditionSyntaxError? ReadOperator(string text, ref int i, List<ConditionToken> tokens)
    {
        var start = i;
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        string op;
        int length;
        switch (c)
        {
            case '=':
                op = "=";
                length = next == '=' ? 2 : 1;
                break;
            case '!' when next == '=':
                op = "!=";
                length = 2;
                break;
            case '!':
                return new ConditionSyntaxError("'!' must be followed by '=' (the operator '!=').", start);
            case '<' when next == '>':
                op = "!=";
                length = 2;
                break;
            case '<' or '>' when next == '=':
                op = c + "=";
                length = 2;
                break;
            default:
                op = c.ToString();
                length = 1;
                break;
        }

        i += length;
        tokens.Add(new ConditionToken(ConditionTokenKind.Operator, start, length, op));
        return null;
    }

    private static ConditionSyntaxError? ReadString(string text, ref int i, int start, List<ConditionToken> tokens)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                i++;
                tokens.Add(new ConditionToken(ConditionTokenKind.String, start, i - start, value.ToString()));
                return null;
            }

            if (c == '\\')
            {
                // STIX string literals know exactly two escapes: the quote and the backslash.
                var escaped = i + 1 < text.Length ? text[i + 1] : '\0';
                if (escaped != quote && escaped != '\\')
                {
                    return new ConditionSyntaxError(
                        $"Invalid escape in a string: only \\{quote} and \\\\ are allowed.", i);
                }

                value.Append(escaped);
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        return new ConditionSyntaxError($"The string starting here has no closing {quote}.", start);
    }

    private static ConditionSyntaxError? ClassifyWord(string text, int start, int length, List<ConditionToken> tokens)
    {
        var word = text.Substring(start, length);
        if (word.StartsWith("__", StringComparison.Ordinal))
        {
            var variableError = CheckVariable(word, start);
            if (variableError is not null)
            {
                return variableError;
            }

            tokens.Add(new ConditionToken(ConditionTokenKind.Variable, start, length, word[..^ValueSuffix.Length]));
            return null;
        }

        var keyword = Array.Find(Keywords, k => string.Equals(k, word, StringComparison.OrdinalIgnoreCase));
        if (keyword is not null)
        {
            tokens.Add(new ConditionToken(ConditionTokenKind.Keyword, start, length, keyword));
            return null;
        }

        if (string.Equals(word, "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, "false", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Add(new ConditionToken(ConditionTokenKind.Boolean, start, length, word.ToLowerInvariant()));
            return null;
        }

        switch (NumberShape(word))
        {
            case ConditionTokenKind.Integer:
                tokens.Add(new ConditionToken(ConditionTokenKind.Integer, start, length, word));
                return null;
            case ConditionTokenKind.Float:
                if (!double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    || !double.IsFinite(number))
                {
                    return new ConditionSyntaxError($"The number '{word}' is out of range.", start);
                }

                tokens.Add(new ConditionToken(ConditionTokenKind.Float, start, length, word));
                return null;
        }

        tokens.Add(new ConditionToken(ConditionTokenKind.BareWord, start, length, word));
        return null;
    }

    private static ConditionSyntaxError? CheckVariable(string word, int start)
    {
        if (!word.EndsWith(ValueSuffix, StringComparison.Ordinal))
        {
            return new ConditionSyntaxError(
                $"'{word}' is not a variable reference: a variable is used as __name__:value.", start);
        }

        var name = word[..^ValueSuffix.Length];
        if (name.Length < 5 || !name.EndsWith("__", StringComparison.Ordinal) || !char.IsAsciiLetter(name[2]))
        {
            return new ConditionSyntaxError(
                $"'{word}' is not a variable reference: the name must be __name__ and start with a letter after the __.", start);
        }

        for (var i = 3; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return new ConditionSyntaxError(
                    $"The variable name '{name}' contains '{c}'; names use letters, digits, '_', '-' and '.'.", start + i);
            }
        }

        if (name.Length > MaxVariableNameLength)
        {
            return new ConditionSyntaxError(
                $"The variable name is {name.Length} characters long; the limit is {MaxVariableNameLength}.", start);
        }

        return null;
    }

    private static ConditionTokenKind? NumberShape(string word)
    {
        var i = 0;
        if (word.Length > 0 && word[0] is '+' or '-')
        {
            i++;
        }

        var digitsStart = i;
        while (i < word.Length && char.IsAsciiDigit(word[i]))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return null;
        }

        if (i == word.Length)
        {
            return ConditionTokenKind.Integer;
        }

        if (word[i] == '.')
        {
            var fractionStart = ++i;
            while (i < word.Length && char.IsAsciiDigit(word[i]))
            {
                i++;
            }

            if (i == fractionStart)
            {
                return null;
            }
        }

        if (i < word.Length && word[i] is 'e' or 'E')
        {
            i++;
            if (i < word.Length && word[i] is '+' or '-')
            {
                i++;
            }

            var exponentStart = i;
            while (i < word.Length && char.IsAsciiDigit(word[i]))
            {
                i++;
            }

            if (i == exponentStart)
            {
                return null;
            }
        }

        return i == word.Length ? ConditionTokenKind.Float : null;
    }
}
