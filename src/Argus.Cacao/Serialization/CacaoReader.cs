using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Model;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Serialization;

/// <summary>Reads CACAO v2.0 playbooks from JSON into the <see cref="Playbook"/> model, losslessly.</summary>
/// <remarks>
/// The reader is total: every JSON object becomes a <see cref="Playbook"/>. A member the model does not know, or
/// whose JSON type does not fit the model (a number where a string belongs, <c>workflow</c> as a list), is kept raw
/// in <see cref="CacaoObject.Unknown"/> under its name, together with the member order, so that
/// <see cref="CacaoWriter"/> writes back an equal document. Bad input is returned as
/// <see cref="CacaoReadResult.Rejected"/>, never thrown.
/// </remarks>
public static class CacaoReader
{
    /// <summary>The issue code when the top-level JSON value is not an object.</summary>
    public const string NotAnObjectCode = "json.not-object";

    /// <summary>The issue code when the top-level object has a member name that is not valid Unicode (a lone
    /// surrogate escape such as <c>\ud800</c>).</summary>
    public const string UnreadableCode = "json.unreadable";

    /// <summary>Parses untrusted UTF-8 JSON under the limits of <paramref name="options"/> and reads it.</summary>
    /// <param name="utf8Json">The document bytes.</param>
    /// <param name="options">Input limits; <see cref="CacaoReaderOptions.Default"/> when null.</param>
    /// <returns>The playbook, or the issues of malformed, oversize, overdeep or duplicate-key input.</returns>
    public static CacaoReadResult Read(ReadOnlyMemory<byte> utf8Json, CacaoReaderOptions? options = null)
    {
        options ??= CacaoReaderOptions.Default;
        using var parsed = SafeJsonParser.Parse(utf8Json, options.Limits);
        if (parsed.Document is null || !parsed.Issues.IsEmpty)
        {
            return new CacaoReadResult.Rejected(parsed.Issues);
        }

        return Read(parsed.Document.RootElement);
    }

    /// <summary>Reads an already parsed JSON value.</summary>
    /// <param name="json">The value; the playbook does not depend on its document afterwards.</param>
    /// <returns>The playbook, or an issue when <paramref name="json"/> is not a readable object.</returns>
    /// <remarks>No size or depth limits apply, and a repeated member name is not reported: the last one wins.</remarks>
    public static CacaoReadResult Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return Reject(NotAnObjectCode, $"A playbook is a JSON object; the input is a JSON {json.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return PlaybookCodec.Playbook.TryRead(json, out var playbook)
            ? new CacaoReadResult.Parsed(playbook)
            : Reject(UnreadableCode, "A member name of the playbook object is not valid Unicode.");
    }

    private static CacaoReadResult.Rejected Reject(string code, string message) =>
        new([new ValidationIssue(JsonPointer.Root, code, IssueSeverity.Error, message)]);
}
