using System.Text.Json;

namespace Argus.Storage.Playbooks;

/// <summary>
/// Rewrites a document without the secret values of its <c>authentication_info_definitions</c> (passwords,
/// tokens, OAuth headers, private keys); everything else is written back in the same order.
/// </summary>
internal static class SecretRedactor
{
    // CACAO 2.0 section 6: http-basic (password), oauth2 (oauth_header, token), user-auth (password),
    // private-key (private_key). "passphrase" covers producers that put a key's passphrase beside it.
    private static readonly HashSet<string> SecretProperties =
        new(["password", "token", "oauth_header", "private_key", "passphrase"], StringComparer.Ordinal);

    public static byte[] Redact(ReadOnlyMemory<byte> document)
    {
        using var parsed = JsonDocument.Parse(document);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            WriteRoot(parsed.RootElement, writer);
        }

        return buffer.ToArray();
    }

    private static void WriteRoot(JsonElement root, Utf8JsonWriter writer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            root.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("authentication_info_definitions") && property.Value.ValueKind == JsonValueKind.Object)
            {
                writer.WritePropertyName(property.Name);
                WriteDefinitions(property.Value, writer);
            }
            else
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteDefinitions(JsonElement definitions, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var definition in definitions.EnumerateObject())
        {
            writer.WritePropertyName(definition.Name);
            if (definition.Value.ValueKind != JsonValueKind.Object)
            {
                definition.Value.WriteTo(writer);
                continue;
            }

            writer.WriteStartObject();
            foreach (var property in definition.Value.EnumerateObject().Where(p => !SecretProperties.Contains(p.Name)))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
