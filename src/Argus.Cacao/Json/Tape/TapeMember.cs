using System.Text.Json;

namespace Argus.Cacao.Json.Tape;

/// <summary>A member of an object of a <see cref="JsonTape"/>: its name and value, read as a <see cref="JsonProperty"/> is.</summary>
internal readonly struct TapeMember
{
    private readonly JsonTape? _tape;
    private readonly int _nameRow;

    internal TapeMember(JsonTape tape, int nameRow)
    {
        _tape = tape;
        _nameRow = nameRow;
    }

    /// <summary>The member's name, decoded.</summary>
    public string Name => TapeValue.DecodeText(Tape, _nameRow);

    /// <summary>The member's value.</summary>
    public TapeValue Value => new(Tape, _nameRow + 1);

    /// <summary>The name as the document writes it, escapes included, without its quotes.</summary>
    public ReadOnlySpan<byte> RawUtf8Name
    {
        get
        {
            ref readonly var row = ref Tape.Row(_nameRow);
            return Tape.Utf8Json.Slice(row.Start, row.Length);
        }
    }

    /// <summary>Whether the name holds a backslash escape, so that its text differs from its bytes.</summary>
    public bool NameHasEscapes => Tape.Row(_nameRow).IsEscaped;

    private JsonTape Tape => _tape ?? throw new InvalidOperationException("The member is undefined.");

    /// <summary>Whether the decoded name is <paramref name="utf8Text"/>.</summary>
    public bool NameEquals(ReadOnlySpan<byte> utf8Text) => TapeValue.TextEquals(Tape, _nameRow, utf8Text);

    /// <summary>Whether the decoded name is <paramref name="text"/>.</summary>
    public bool NameEquals(ReadOnlySpan<char> text) => TapeValue.TextEquals(Tape, _nameRow, text);

    /// <summary>Whether the decoded name is <paramref name="text"/>.</summary>
    public bool NameEquals(string? text) => NameEquals(text.AsSpan());

    /// <summary>As <see cref="JsonProperty.ToString"/>: the member's text as the document holds it, from its name's
    /// opening quote to the end of its value.</summary>
    public override string ToString()
    {
        ref readonly var name = ref Tape.Row(_nameRow);
        ref readonly var value = ref Tape.Row(_nameRow + 1);
        var end = value.Start + value.Length + (value.Kind == (int)JsonValueKind.String ? 1 : 0);
        return TapeValue.Decode(Tape.Utf8Json[(name.Start - 1)..end]);
    }
}
