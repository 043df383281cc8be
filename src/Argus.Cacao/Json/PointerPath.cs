using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Json;

/// <summary>
/// A JSON pointer kept as its parent and last segment, turned into text only when an issue needs it: the structure
/// rules visit every member of a document, and nearly all of them are valid.
/// </summary>
/// <remarks>
/// A value type, so a pointer to a scalar costs nothing; the parent is put on the heap only when a pointer below it
/// is made (once per object or array visited). The default value is the root. The text is built in one buffer,
/// member names decoded from the document's bytes, so an issue costs one string for its pointer.
/// </remarks>
internal readonly struct PointerPath
{
    private const byte RootKind = 0;
    private const byte TextKind = 1;
    private const byte NameKind = 2;
    private const byte MemberKind = 3;
    private const byte IndexKind = 4;
    private const byte SharedKind = 5;

    // Member names up to this many UTF-8 bytes are decoded on the stack when a pointer is turned into text.
    private const int MaxDecodedOnStack = 256;

    private readonly Parent? _parent;
    private readonly TapeMember _member;
    private readonly string? _text;
    private readonly int _index;
    private readonly byte _kind;

    private PointerPath(Parent? parent, byte kind, TapeMember member = default, string? text = null, int index = 0)
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
    public PointerPath Append(TapeMember member) => new(AsParent(), MemberKind, member: member);

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

    /// <summary>The RFC 6901 text, built in one buffer from the root down.</summary>
    public override string ToString()
    {
        switch (_kind)
        {
            case RootKind:
                return JsonPointer.Root;
            case TextKind:
                return _text ?? JsonPointer.Root;
        }

        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        AppendTo(ref text);
        return text.ToStringAndClear();
    }

    private void AppendTo(ref DefaultInterpolatedStringHandler text)
    {
        _parent?.AppendTo(ref text);
        switch (_kind)
        {
            case TextKind:
                text.AppendFormatted(_text);
                break;
            case NameKind:
                AppendName(ref text, _text ?? string.Empty);
                break;
            case MemberKind:
                AppendMember(ref text, _member);
                break;
            case IndexKind:
                text.AppendLiteral("/");
                text.AppendFormatted(_index);
                break;
            default:
                // The root and a shared copy add no segment of their own.
                break;
        }
    }

    // RFC 6901 escapes '~' as "~0" and '/' as "~1".
    private static void AppendName(ref DefaultInterpolatedStringHandler text, string name)
    {
        text.AppendLiteral("/");
        text.AppendFormatted(name.Contains('~') || name.Contains('/')
            ? name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : name);
    }

    // A short name with nothing to unescape or escape is decoded straight from the document's bytes.
    private static void AppendMember(ref DefaultInterpolatedStringHandler text, TapeMember member)
    {
        var raw = member.RawUtf8Name;
        if (raw.Length > MaxDecodedOnStack || raw.IndexOfAny((byte)'\\', (byte)'~', (byte)'/') >= 0)
        {
            AppendName(ref text, member.Name);
            return;
        }

        Span<char> name = stackalloc char[raw.Length];
        var length = Encoding.UTF8.GetChars(raw, name);
        text.AppendLiteral("/");
        text.AppendFormatted(name[..length]);
    }

    private Parent? AsParent() => _kind switch
    {
        RootKind => null,
        SharedKind => _parent,
        _ => new Parent(this),
    };

    // The heap copy of a pointer that has children.
    private sealed class Parent(PointerPath path)
    {
        private PointerPath _path = path;

        public bool IsPooled { get; init; }

        public void AppendTo(ref DefaultInterpolatedStringHandler text) => _path.AppendTo(ref text);

        public void Reset(PointerPath path) => _path = path;
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
                // Forgets the pointer: it refers to the document, which the thread's pool must not keep alive.
                parent.Reset(Root);
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
