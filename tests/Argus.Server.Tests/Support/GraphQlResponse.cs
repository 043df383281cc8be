using System.Net;
using System.Text.Json;

namespace Argus.Server.Tests.Support;

/// <summary>An HTTP answer from <c>/graphql</c> with the GraphQL parts picked out.</summary>
public sealed record GraphQlResponse(HttpStatusCode Status, string? MediaType, string Text)
{
    private JsonElement Root => JsonDocument.Parse(Text).RootElement;

    /// <summary><c>data</c>, or null when absent or null.</summary>
    public JsonElement? Data => Root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null ? data : null;

    /// <summary>Every <c>errors[].extensions.code</c>.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        Root.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")
                .ToList()
            : [];

    public bool HasErrors => Root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;
}
