using System.Globalization;
using System.Text.Json;

namespace Argus.Cacao.Json;

/// <summary>
/// A JSON pointer kept as its parent and last segment, turned into text only when an issue needs it: the structure
/// rules visit every member of a document, and nearly all of them are valid.
/// </summary>
internal sealed class PointerPath
{
    private readonly PointerPath? _parent;
    private readonly JsonProperty _member;
    private readonly string? _name;
    private readonly int _index;
    private string? _text;

    private PointerPath(PointerPath? parent, JsonProperty member, string? name, int index, string? text)
    {
        _parent = parent;
        _member = member;
        _name = name;
        _index = index;
        _text = text;
    }

    /// <summary>The pointer to the whole document.</summary>
    public static PointerPath Root { get; } = new(null, default, null, -1, JsonPointer.Root);

    /// <summary>A pointer given as text.</summary>
    public static PointerPath Of(string pointer) => new(null, default, null, -1, pointer);

    /// <summary>The pointer to a member of the object this pointer designates.</summary>
    public PointerPath Append(string name) => new(this, default, name, -1, null);

    /// <summary>The pointer to <paramref name="member"/>, whose name is decoded only if the text is needed.</summary>
    public PointerPath Append(JsonProperty member) => new(this, member, null, -1, null);

    /// <summary>The pointer to an item of the array this pointer designates.</summary>
    public PointerPath Append(int index) => new(this, default, null, index, null);

    /// <summary>The RFC 6901 text, built on first use and kept.</summary>
    public override string ToString() => _text ??= Build();

    private string Build()
    {
        // Only the root and pointers made by Of have no parent, and both have their text.
        var parent = _parent?.ToString() ?? JsonPointer.Root;
        return _index >= 0
            ? string.Concat(parent, "/", _index.ToString(CultureInfo.InvariantCulture))
            : JsonPointer.Append(parent, _name ?? _member.Name);
    }
}
