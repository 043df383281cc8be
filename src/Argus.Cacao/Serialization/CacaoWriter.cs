using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>Writes the <see cref="Playbook"/> model as CACAO v2.0 JSON.</summary>
/// <remarks>
/// Members of an object that was read come out in their source order, raw members included; members set in code and
/// absent from the source follow in the order of the CS01 schemas. Absent (null) properties are not written; empty
/// collections are. Strings are escaped minimally (JSON-required escapes only, no HTML escaping), since playbooks are
/// not embedded in HTML by this library.
/// </remarks>
public static class CacaoWriter
{
    /// <summary>Writes compact UTF-8 JSON.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] Write(Playbook playbook) => Write(playbook, CacaoWriterOptions.Default);

    /// <summary>Writes indented UTF-8 JSON.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] WriteIndented(Playbook playbook) => Write(playbook, new CacaoWriterOptions { Indented = true });

    /// <summary>Writes UTF-8 JSON as <paramref name="options"/> say.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="options">The output options.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] Write(Playbook playbook, CacaoWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(options);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Write(playbook, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the playbook as one JSON object to <paramref name="writer"/>, which the caller flushes.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="writer">The destination, positioned where a value may start.</param>
    /// <exception cref="ArgumentException">The playbook holds a step or marking record type derived outside this
    /// library.</exception>
    public static void Write(Playbook playbook, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(writer);
        PlaybookCodec.Playbook.Write(writer, playbook);
    }

    /// <summary>Writes the RFC 8785 (JCS) canonical form: the input of playbook hashes and signatures, and the way to
    /// compare two playbooks.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">The playbook is not I-JSON, so JCS cannot represent it: a raw member holds a
    /// number outside the IEEE 754 double range or a string escaping a lone surrogate.</exception>
    public static byte[] WriteCanonical(Playbook playbook)
    {
        // The writer nests no deeper than the model it was given; the bound only has to exceed that.
        using var document = JsonDocument.Parse(Write(playbook), new JsonDocumentOptions { MaxDepth = 4096 });
        return JsonCanonicalizer.Canonicalize(document.RootElement);
    }
}
