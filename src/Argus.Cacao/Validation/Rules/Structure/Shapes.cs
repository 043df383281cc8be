using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Primitives;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>The shapes of JSON scalars, lists and dictionaries that CACAO properties are built from.</summary>
internal static class Shapes
{
    /// <summary>Any JSON value: the property is known, its content is another rule's concern (which reads it all).</summary>
    public static ValueShape Any { get; } = new((_, _, in _) => { });

    public static ValueShape String { get; } = Kind(JsonValueKind.String, "a string");

    public static ValueShape Boolean { get; } = new((context, value, in path) =>
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            JsonText.Mismatch(context, path, "a boolean", value);
        }
    });

    public static ValueShape Base64 { get; } =
        Encoded(Base64Text.IsBase64, Base64Text.IsBase64, "base64 (RFC 4648 section 4, padded, no line breaks)");

    public static ValueShape Base64Url { get; } =
        Encoded(Base64Text.IsBase64Url, Base64Text.IsBase64Url, "base64url (RFC 4648 section 5)");

    public static ValueShape Integer(long minimum, long maximum = long.MaxValue) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            JsonText.Mismatch(context, path, "a whole number", value);
        }
        else if (!value.TryGetDecimal(out var number))
        {
            // Beyond decimal's range (about 7.9e28): far outside every CACAO range.
            context.Error(path, ValidationCodes.NumberRange, $"{JsonText.Quote(value.GetRawText())} is out of range.");
        }
        else if (number != decimal.Truncate(number))
        {
            context.Error(path, ValidationCodes.NumberRange, $"{JsonText.Quote(value.GetRawText())} is not a whole number.");
        }
        else if (number < minimum || number > maximum)
        {
            var range = maximum == long.MaxValue ? $"at least {minimum}" : $"between {minimum} and {maximum}";
            context.Error(path, ValidationCodes.NumberRange, $"{JsonText.Quote(value.GetRawText())} is out of range: it must be {range}.");
        }
    });

    public static ValueShape Const(string expected) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            JsonText.Mismatch(context, path, "a string", value);
        }
        else if (!value.ValueEquals(expected))
        {
            context.Error(path, ValidationCodes.EnumInvalid,
                $"{JsonText.Quote(JsonText.StringOf(value))} is not allowed here: the value must be '{expected}'.");
        }
    });

    /// <summary>A string from a vocabulary: outside an open one warns, outside a closed one is an error.</summary>
    public static ValueShape Vocabulary(CacaoVocabulary vocabulary) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            JsonText.Mismatch(context, path, "a string", value);
            return;
        }

        if (vocabulary.ContainsText(value))
        {
            return;
        }

        var text = JsonText.StringOf(value);

        if (vocabulary.IsOpen)
        {
            context.Warning(path, ValidationCodes.VocabularyUnknown,
                $"{JsonText.Quote(text)} is not in {vocabulary.Name}; the vocabulary is open, so it is kept but may not be understood.");
        }
        else
        {
            context.Error(path, ValidationCodes.EnumInvalid,
                $"{JsonText.Quote(text)} is not one of the values {vocabulary.Name} allows.");
        }
    });

    /// <summary>An identifier; when <paramref name="objectTypes"/> are given, another object type warns.</summary>
    public static ValueShape Identifier(params string[] objectTypes) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            JsonText.Mismatch(context, path, "an identifier string", value);
        }
        else if (IsWellFormedIdentifier(value, objectTypes))
        {
            // The common case, checked on the stack; anything else is parsed again below to report it.
        }
        else if (IdentifierText.TryParse(context, JsonText.StringOf(value), path, out var identifier)
                 && objectTypes.Length > 0 && !objectTypes.Contains(identifier.ObjectType, StringComparer.Ordinal))
        {
            context.Warning(path, ValidationCodes.IdentifierPrefixMismatch,
                $"{JsonText.Quote(identifier.Text)} should start with {string.Join(" or ", objectTypes.Select(t => $"'{t}--'"))} here.");
        }
    });

    /// <summary>A timestamp; with <paramref name="millisecondPrecision"/> anything but three fraction digits warns.</summary>
    public static ValueShape Timestamp(bool millisecondPrecision = false) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            JsonText.Mismatch(context, path, "a timestamp string", value);
            return;
        }

        // Read from the document's bytes when unescaped (the common case), else decoded.
        var parsed = JsonText.TryGetUnescaped(value, out var utf8)
            ? CacaoTimestamp.TryParse(utf8, out var timestamp)
            : CacaoTimestamp.TryParse(JsonText.StringOf(value), out timestamp);
        if (!parsed)
        {
            context.Error(path, ValidationCodes.TimestampMalformed,
                $"{JsonText.Quote(JsonText.StringOf(value))} is not an RFC 3339 UTC timestamp (yyyy-mm-ddThh:mm:ss[.s+]Z) with a real date.");
        }
        else if (millisecondPrecision && timestamp.FractionDigits != 3)
        {
            context.Warning(path, ValidationCodes.TimestampPrecision,
                $"{JsonText.Quote(JsonText.StringOf(value))} has {timestamp.FractionDigits} fraction digits; this timestamp must be given to the millisecond (exactly 3).");
        }
    });

    public static ValueShape ArrayOf(ValueShape item, int minimumItems = 0)
    {
        var check = item.Checker;
        return new((context, value, in path) =>
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                JsonText.Mismatch(context, path, "an array", value);
                return;
            }

            var count = value.GetArrayLength();
            if (count < minimumItems)
            {
                context.Error(path, ValidationCodes.CollectionTooSmall,
                    $"The list has {count} entries; at least {minimumItems} are required.");
            }

            var index = 0;
            var children = path.ForChildren(context.Paths);
            foreach (var element in value.EnumerateArray())
            {
                check(context, element, children.Append(index++));
            }

            context.Paths.Return(children);
        });
    }

    /// <summary>An object used as a dictionary: every value has <paramref name="entry"/>'s shape.</summary>
    public static ValueShape DictionaryOf(ValueShape entry, int minimumEntries = 0)
    {
        var check = entry.Checker;
        // A dictionary of anything (whose entries other rules check) is only counted, without a walk.
        var checksEntries = entry != Any;
        return new((context, value, in path) =>
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                JsonText.Mismatch(context, path, "an object (a dictionary)", value);
                return;
            }

            if (checksEntries)
            {
                context.UniqueNames.CheckNames(value);
                var children = path.ForChildren(context.Paths);
                foreach (var member in value.EnumerateObject())
                {
                    check(context, member.Value, children.Append(member));
                }

                context.Paths.Return(children);
            }

            var count = value.GetPropertyCount();

            if (count < minimumEntries)
            {
                context.Error(path, ValidationCodes.CollectionTooSmall,
                    $"The dictionary has {count} entries; at least {minimumEntries} are required.");
            }
        });
    }

    /// <summary>Several shapes checked in turn (the first usually owns the JSON type).</summary>
    public static ValueShape All(params ValueShape[] shapes) => new((context, value, in path) =>
    {
        foreach (var shape in shapes)
        {
            shape.Check(context, value, path);
        }
    });

    // True when the identifier is well formed and of one of the object types (when any are given), read in place as
    // UTF-8; escaped text takes the slow path, which decodes it.
    private static bool IsWellFormedIdentifier(TapeValue value, string[] objectTypes)
    {
        var raw = value.RawUtf8[1..^1];
        // A backslash is no identifier character: escaped text fails here and is decoded by the slow path.
        if (!CacaoIdentifier.IsWellFormedUtf8(raw, out var typeLength, out _))
        {
            return false;
        }

        if (objectTypes.Length == 0)
        {
            return true;
        }

        var type = raw[..typeLength];
        foreach (var objectType in objectTypes)
        {
            if (Ascii.Equals(type, objectType))
            {
                return true;
            }
        }

        return false;
    }

    private static ValueShape Kind(JsonValueKind kind, string description) => new((context, value, in path) =>
    {
        if (value.ValueKind != kind)
        {
            JsonText.Mismatch(context, path, description, value);
        }
    });

    // Encoded payloads can be large: they are checked as the document's raw UTF-8, and decoded only when escaped (a
    // backslash is in neither alphabet) or when the message needs their length in characters.
    private static ValueShape Encoded(Func<ReadOnlySpan<byte>, bool> isValidUtf8, Func<ReadOnlySpan<char>, bool> isValid,
        string description) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            JsonText.Mismatch(context, path, "a string", value);
            return;
        }

        var raw = value.RawUtf8[1..^1];
        if (isValidUtf8(raw) || (value.HasEscapes && isValid(JsonText.StringOf(value))))
        {
            return;
        }

        // The content may be a secret or a whole script: say where it breaks, not what it says.
        context.Error(path, ValidationCodes.Base64Invalid,
            $"The value ({JsonText.StringOf(value).Length} characters) is not valid {description}.");
    });
}
