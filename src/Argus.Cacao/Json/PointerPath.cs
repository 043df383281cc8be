using System.Globalization;
using System.Text.Json;

namespace Argus.Cacao.Json;

/// <summary>
/// A JSON pointer kept as its parent and last segment, turned into text only when an issue needs it: the structure
/// rules visit every member of a document, and nearly all of them are valid.
/// </summary>
/// <remarks>
/// A value type, so a pointer to a scalar costs nothing; the parent is put on the heap only when a pointer below it
/// is made (once per object or array visited). The default value is the root.
/// </remarks>
internal readonly struct PointerPath
{
    private const byte RootKind = 0;
    private const byte TextKind = 1;
    private const byte NameKind = 2;
    private const byte MemberKind = 3;
    private const byte IndexKind = 4;
    private const byte SharedKind = 5;

    private readonly Parent? _parent;
    private readonly JsonProperty _member;
    private readonly string? _text;
    private readonly int _index;
    private readonly byte _kind;

    private PointerPath(Parent? parent, byte kind, JsonProperty member = default, string? text = null, int index = 0)
    {
        _parent = parent;
        _kind = kind;
        _member = member;
        _text = text;
        _index = index;
    }

    /// <summary>The pointer to the whole document.</summary>
    public static PointerPath Root => default;

    /// <summary>A pointer given as text.</summary>
    public static PointerPath Of(string pointer) => new(null, TextKind, text: pointer);

    /// <summary>The pointer to a member of the object this pointer designates.</summary>
    public PointerPath Append(string name) => new(AsParent(), NameKind, text: name);

    /// <summary>The pointer to <paramref name="member"/>, whose name is decoded only if the text is needed.</summary>
    public PointerPath Append(JsonProperty member) => new(AsParent(), MemberKind, member: member);

    /// <summary>The pointer to an item of the array this pointer designates.</summary>
    public PointerPath Append(int index) => new(AsParent(), IndexKind, index: index);

    /// <summary>
    /// The same pointer with its heap copy made once, to append many children to: without it, each child of an
    /// object or array would copy the parent anew.
    /// </summary>
    public PointerPath ForChildren() => _kind is RootKind or SharedKind ? this : new(new Parent(this), SharedKind);

    /// <summary>
    /// As <see cref="ForChildren()"/>, with the heap copy taken from <paramref name="pool"/>: for a scope whose child
    /// pointers are turned into text or dropped before <see cref="Pool.Return"/> is called with the result.
    /// </summary>
    public PointerPath ForChildren(Pool pool) => pool.Open(this);

    /// <summary>The RFC 6901 text.</summary>
    public override string ToString()
    {
        var parent = _parent?.Text ?? JsonPointer.Root;
        return _kind switch
        {
            TextKind => _text ?? JsonPointer.Root,
            NameKind => JsonPointer.Append(parent, _text ?? string.Empty),
            MemberKind => JsonPointer.Append(parent, _member.Name),
            IndexKind => string.Concat(parent, "/", _index.ToString(CultureInfo.InvariantCulture)),
            SharedKind => parent,
            _ => JsonPointer.Root,
        };
    }

    private Parent? AsParent() => _kind switch
    {
        RootKind => null,
        SharedKind => _parent,
        _ => new Parent(this),
    };

    // The heap copy of a pointer that has children; its text is built once, for the first issue below it.
    private sealed class Parent(PointerPath path)
    {
        private PointerPath _path = path;
        private string? _text;

        public bool IsPooled { get; init; }

        public string Text => _text ??= _path.ToString();

        public void Reset(PointerPath path)
        {
            _path = path;
            _text = null;
        }
    }

    /// <summary>
    /// Reused heap copies for <see cref="ForChildren(Pool)"/>: the structure checks open one per object and list they
    /// visit, and nearly all of them end without an issue. Not thread-safe: one per validation.
    /// </summary>
    internal sealed class Pool
    {
        private readonly Stack<Parent> _free = new();

        /// <summary>Gives back the heap copy of a pointer made by <see cref="ForChildren(Pool)"/>, if it made one.</summary>
        public void Return(in PointerPath path)
        {
            if (path._kind == SharedKind && path._parent is { IsPooled: true } parent)
            {
                _free.Push(parent);
            }
        }

        internal PointerPath Open(in PointerPath path) =>
            path._kind is RootKind or SharedKind ? path : new(Rent(path), SharedKind);

        private Parent Rent(PointerPath path)
        {
            if (_free.TryPop(out var parent))
            {
                parent.Reset(path);
                return parent;
            }

            return new Parent(path) { IsPooled = true };
        }
    }
}
