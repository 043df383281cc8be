using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Argus.Cacao.Json.Tape;

/// <summary>
/// A value of a <see cref="JsonTape"/>, read as a <see cref="JsonElement"/> is, with the same meanings: the default
/// value is <see cref="JsonValueKind.Undefined"/>; a lookup by name finds the name's last occurrence; reading a value
/// of the wrong kind throws <see cref="InvalidOperationException"/>.
/// </summary>
internal readonly struct TapeValue
{
    // Names and words up to this many characters are encoded to UTF-8 on the stack to be compared.
    private const int MaxEncodedOnStack = 256;

    // Bytes that are not UTF-8 are an error, as System.Text.Json has them, not replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonTape? _tape;
    private readonly int _row;

    internal TapeValue(JsonTape tape, int row)
    {
        _tape = tape;
        _row = row;
    }

    /// <summary>The JSON type; <see cref="JsonValueKind.Undefined"/> for the default value.</summary>
    public JsonValueKind ValueKind => _tape is null ? JsonValueKind.Undefined : (JsonValueKind)_tape.Row(_row).Kind;

    /// <summary>The value's JSON text as the document holds it, a string's with its quotes.</summary>
    public ReadOnlySpan<byte> RawUtf8
    {
        get
        {
            ref readonly var row = ref Tape.Row(_row);
            return row.Kind == (int)JsonValueKind.String
                ? Tape.Utf8Json.Slice(row.Start - 1, row.Length + 2)
                : Tape.Utf8Json.Slice(row.Start, row.Length);
        }
    }

    /// <summary>Whether a string holds a backslash escape, so that its text differs from its bytes; false for other kinds.</summary>
    public bool HasEscapes => _tape is not null && _tape.Row(_row) is { Kind: (int)JsonValueKind.String, IsEscaped: true };

    private JsonTape Tape => _tape ?? throw new InvalidOperationException("The value is undefined.");

    /// <summary>The members of an object, in document order.</summary>
    public TapeObjectEnumerator EnumerateObject()
    {
        Expect(JsonValueKind.Object);
        return new TapeObjectEnumerator(_tape!, _row);
    }

    /// <summary>The items of an array, in order.</summary>
    public TapeArrayEnumerator EnumerateArray()
    {
        Expect(JsonValueKind.Array);
        return new TapeArrayEnumerator(_tape!, _row);
    }

    /// <summary>The number of items of an array.</summary>
    public int GetArrayLength()
    {
        Expect(JsonValueKind.Array);
        return _tape!.Row(_row).Count;
    }

    /// <summary>The number of members of an object, repeated names counted each time.</summary>
    public int GetPropertyCount()
    {
        Expect(JsonValueKind.Object);
        return _tape!.Row(_row).Count;
    }

    /// <summary>The value of the last member of this object named <paramref name="utf8Name"/>.</summary>
    public bool TryGetProperty(ReadOnlySpan<byte> utf8Name, out TapeValue value)
    {
        Expect(JsonValueKind.Object);
        var tape = _tape!;
        var found = -1;
        var end = tape.Row(_row).End;
        for (var name = _row + 1; name < end; name = tape.Row(name + 1).End)
        {
            if (TextEquals(tape, name, utf8Name))
            {
                found = name + 1;
            }
        }

        value = found < 0 ? default : new TapeValue(tape, found);
        return found >= 0;
    }

    /// <inheritdoc cref="TryGetProperty(ReadOnlySpan{byte}, out TapeValue)"/>
    public bool TryGetProperty(string name, out TapeValue value) => TryGetProperty(name.AsSpan(), out value);

    /// <inheritdoc cref="TryGetProperty(ReadOnlySpan{byte}, out TapeValue)"/>
    public bool TryGetProperty(ReadOnlySpan<char> name, out TapeValue value)
    {
        Expect(JsonValueKind.Object);
        byte[]? rented = null;
        var buffer = name.Length <= MaxEncodedOnStack ? stackalloc byte[name.Length * 3] : (rented = ArrayPool<byte>.Shared.Rent(name.Length * 3));
        try
        {
            // Text with a lone surrogate has no UTF-8 form, so it names no member.
            value = default;
            return TryEncode(name, buffer, out var utf8) && TryGetProperty(utf8, out value);
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>The value of the last member named <paramref name="name"/>; throws when there is none.</summary>
    public TapeValue GetProperty(string name) =>
        TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"The object has no member '{name}'.");

    /// <summary>The value of the last member named <paramref name="utf8Name"/>; throws when there is none.</summary>
    public TapeValue GetProperty(ReadOnlySpan<byte> utf8Name) =>
        TryGetProperty(utf8Name, out var value) ? value : throw new KeyNotFoundException("The object has no such member.");

    /// <summary>The item of an array at <paramref name="index"/>, found by skipping the items before it.</summary>
    public TapeValue this[int index]
    {
        get
        {
            Expect(JsonValueKind.Array);
            var tape = _tape!;
            if ((uint)index >= (uint)tape.Row(_row).Count)
            {
                throw new IndexOutOfRangeException();
            }

            var item = _row + 1;
            for (var skipped = 0; skipped < index; skipped++)
            {
                item = tape.Row(item).End;
            }

            return new TapeValue(tape, item);
        }
    }

    /// <summary>A string's text, or null for a JSON null.</summary>
    public string? GetString()
    {
        var kind = ValueKind;
        if (kind == JsonValueKind.Null)
        {
            return null;
        }

        if (kind != JsonValueKind.String)
        {
            throw WrongKind(JsonValueKind.String);
        }

        return DecodeText(_tape!, _row);
    }

    /// <summary>Whether a string's text is <paramref name="utf8Text"/>; for a JSON null, whether the span is the default one.</summary>
    public bool ValueEquals(ReadOnlySpan<byte> utf8Text)
    {
        if (ValueKind == JsonValueKind.Null)
        {
            return Unsafe.IsNullRef(ref MemoryMarshal.GetReference(utf8Text));
        }

        Expect(JsonValueKind.String);
        return TextEquals(_tape!, _row, utf8Text);
    }

    /// <summary>Whether a string's text is <paramref name="text"/>; for a JSON null, whether it is null.</summary>
    public bool ValueEquals(string? text) =>
        ValueKind == JsonValueKind.Null ? text is null : ValueEquals(text.AsSpan());

    /// <summary>Whether a string's text is <paramref name="text"/>; for a JSON null, whether the span is the default one.</summary>
    public bool ValueEquals(ReadOnlySpan<char> text)
    {
        if (ValueKind == JsonValueKind.Null)
        {
            return Unsafe.IsNullRef(ref MemoryMarshal.GetReference(text));
        }

        Expect(JsonValueKind.String);
        return TextEquals(_tape!, _row, text);
    }

    /// <summary>The value's JSON text as the document holds it.</summary>
    public string GetRawText() => Decode(RawUtf8);

    /// <summary>A number as a <see cref="decimal"/>, as <see cref="Utf8JsonReader.TryGetDecimal"/> reads it.</summary>
    public bool TryGetDecimal(out decimal value)
    {
        Expect(JsonValueKind.Number);
        var reader = new Utf8JsonReader(RawUtf8);
        reader.Read();
        return reader.TryGetDecimal(out value);
    }

    /// <summary>As <see cref="JsonElement.ToString"/>: a string's text, "True" or "False", the raw text of a number,
    /// object or array, and an empty string for a JSON null or the default value.</summary>
    public override string ToString() => ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        JsonValueKind.String => GetString()!,
        JsonValueKind.True => bool.TrueString,
        JsonValueKind.False => bool.FalseString,
        _ => GetRawText(),
    };

    internal static string DecodeText(JsonTape tape, int row)
    {
        ref readonly var text = ref tape.Row(row);
        var utf8 = tape.Utf8Json.Slice(text.Start, text.Length);
        if (!text.IsEscaped)
        {
            return Decode(utf8);
        }

        var reader = new Utf8JsonReader(tape.Utf8Json.Slice(text.Start - 1, text.Length + 2));
        reader.Read();
        return reader.GetString()!;
    }

    // Bytes that are not UTF-8 throw, as reading them from a JsonElement does.
    internal static string Decode(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidOperationException("The text is not valid UTF-8.", exception);
        }
    }

    internal static bool TextEquals(JsonTape tape, int row, ReadOnlySpan<byte> utf8Text)
    {
        ref readonly var text = ref tape.Row(row);
        if (!text.IsEscaped)
        {
            return text.Length == utf8Text.Length && tape.Utf8Json.Slice(text.Start, text.Length).SequenceEqual(utf8Text);
        }

        // An escape is at least twice as long as what it stands for.
        if (utf8Text.Length > text.Length)
        {
            return false;
        }

        var reader = new Utf8JsonReader(tape.Utf8Json.Slice(text.Start - 1, text.Length + 2));
        reader.Read();
        return reader.ValueTextEquals(utf8Text);
    }

    internal static bool TextEquals(JsonTape tape, int row, ReadOnlySpan<char> text)
    {
        byte[]? rented = null;
        var buffer = text.Length <= MaxEncodedOnStack ? stackalloc byte[text.Length * 3] : (rented = ArrayPool<byte>.Shared.Rent(text.Length * 3));
        try
        {
            return TryEncode(text, buffer, out var utf8) && TextEquals(tape, row, utf8);
        }
        finally
        {
            Return(rented);
        }
    }

    // Text with a lone surrogate has no UTF-8 form, and so equals no text of a tape.
    private static bool TryEncode(ReadOnlySpan<char> text, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        var status = Utf8.FromUtf16(text, buffer, out _, out var written, replaceInvalidSequences: false);
        utf8 = buffer[..written];
        return status == OperationStatus.Done;
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Expect(JsonValueKind kind)
    {
        if (ValueKind != kind)
        {
            throw WrongKind(kind);
        }
    }

    private InvalidOperationException WrongKind(JsonValueKind expected) =>
        new($"The operation requires a value of kind {expected}, not {ValueKind}.");
}
