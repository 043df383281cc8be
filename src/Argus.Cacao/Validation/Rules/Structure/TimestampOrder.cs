using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Order rules between timestamps of one object (spec section 10.16 and the property tables).</summary>
internal static class TimestampOrder
{
    /// <summary><c>modified</c> "MUST be later than or equal to" <c>created</c>.</summary>
    public static void CreatedModified(ValidationContext context, JsonElement value, PointerPath path)
    {
        if (TryRead(context, value, "created"u8, out var created) && TryRead(context, value, "modified"u8, out var modified)
            && modified.Value < created.Value)
        {
            context.Error(path.Append("modified"), ValidationCodes.TimestampOrder,
                $"modified {Text(value, "modified")} is earlier than created {Text(value, "created")}; it must be later than or equal to it.");
        }
    }

    /// <summary><c>valid_until</c> MUST be later than <c>valid_from</c>; both are ignored when <c>revoked</c> is true.</summary>
    public static void ValidityWindow(ValidationContext context, JsonElement value, PointerPath path)
    {
        var isRevoked = context.TryGetMember(value, "revoked"u8, out var revoked) && revoked.ValueKind == JsonValueKind.True;
        if (!isRevoked && TryRead(context, value, "valid_from"u8, out var from) && TryRead(context, value, "valid_until"u8, out var until)
            && until.Value <= from.Value)
        {
            context.Error(path.Append("valid_until"), ValidationCodes.TimestampOrder,
                $"valid_until {Text(value, "valid_until")} must be later than valid_from {Text(value, "valid_from")}.");
        }
    }

    private static string Text(JsonElement value, string name) => JsonText.Quote(JsonText.StringOf(value.GetProperty(name)));

    private static bool TryRead(ValidationContext context, JsonElement value, ReadOnlySpan<byte> name, out CacaoTimestamp timestamp)
    {
        timestamp = default;
        if (!context.TryGetMember(value, name, out var property) || property.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[JsonText.StackLength];
        return JsonText.TryCopy(property, buffer, out var length)
            ? CacaoTimestamp.TryParse(buffer[..length], out timestamp)
            : CacaoTimestamp.TryParse(property.GetString(), out timestamp);
    }
}
