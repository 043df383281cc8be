using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Json;

/// <summary>The outcome of <see cref="SafeJsonParser.Parse"/>: a document (unless parsing failed) and any issues.</summary>
internal sealed record JsonParseResult(JsonDocument? Document, ImmutableArray<ValidationIssue> Issues) : IDisposable
{
    public static JsonParseResult Failed(ValidationIssue issue) => new(null, [issue]);

    public void Dispose() => Document?.Dispose();
}
