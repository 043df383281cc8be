using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Order rules between timestamps of one object (spec section 10.16 and the property tables).</summary>
internal static class TimestampOrder
{
    /// <summary><c>modified</c> "MUST be later than or equal to" <c>created</c>.</summary>
    public static void CreatedModified(ValidationContext context, in ObjectMembers members, PointerPath path)
    {
        if (TryRead(members, "created"u8, out var created, out var createdText)
            && TryRead(members, "modified"u8, out var modified, out var modifiedText)
            && modified.Value < created.Value)
        {
            context.Error(path.Append("modified"), ValidationCodes.TimestampOrder,
                $"modified {Text(modifiedText)} is earlier than created {Text(createdText)}; it must be later than or equal to it.");
        }
    }

    /// <summary><c>valid_until</c> MUST be later than <c>valid_from</c>; both are ignored when <c>revoked</c> is true.</summary>
    public static void ValidityWindow(ValidationContext context, in ObjectMembers members, PointerPath path)
    {
        if (!members.IsTrue("revoked"u8) && TryRead(members, "valid_from"u8, out var from, out var fromText)
            && TryRead(members, "valid_until"u8, out var until, out var untilText)
            && until.Value <= from.Value)
        {
            context.Error(path.Append("valid_until"), ValidationCodes.TimestampOrder,
                $"valid_until {Text(untilText)} must be later than valid_from {Text(fromText)}.");
        }
    }

    private static string Text(TapeValue value) => JsonText.Quote(JsonText.StringOf(value));

    private static bool TryRead(in ObjectMembers members, ReadOnlySpan<byte> name, out CacaoTimestamp timestamp, out TapeValue property)
    {
        timestamp = default;
        if (!members.TryGet(name, out property) || property.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return JsonText.TryGetUnescaped(property, out var utf8)
            ? CacaoTimestamp.TryParse(utf8, out timestamp)
            : CacaoTimestamp.TryParse(property.GetString(), out timestamp);
    }
}
