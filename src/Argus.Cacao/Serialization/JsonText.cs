using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Argus.Cacao.Serialization;

/// <summary>Decodes JSON strings and member names without throwing.</summary>
internal static class JsonText
{
    // A JSON escape may encode a lone UTF-16 surrogate ("\ud800"), which System.Text.Json parses but cannot turn into
    // a .NET string: the getters throw InvalidOperationException. Such a value does not fit the model and stays raw.
    public static bool TryGetString(JsonElement element, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            value = element.GetString();
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return value is not null;
    }

    public static bool TryGetName(JsonProperty property, [NotNullWhen(true)] out string? name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = null;
            return false;
        }
    }
}
