using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>A check across several properties of one object, run after the checks of its members.</summary>
internal delegate void CrossCheck(ValidationContext context, in ObjectMembers members, PointerPath path);

/// <summary>
/// The members of one object as its <see cref="ObjectShape"/> found them in its single pass: a cross-check asks for
/// a property by name without scanning the object again.
/// </summary>
/// <remarks>A repeated name answers its last value, as <see cref="TapeValue.TryGetProperty(string, out TapeValue)"/> does.</remarks>
internal readonly struct ObjectMembers
{
    private readonly ValidationContext _context;
    private readonly Utf8NameTable _names;
    private readonly TapeValue[] _found;

    public ObjectMembers(ValidationContext context, TapeValue owner, Utf8NameTable names, TapeValue[] found)
    {
        _context = context;
        Object = owner;
        _names = names;
        _found = found;
    }

    /// <summary>The object itself.</summary>
    public TapeValue Object { get; }

    /// <summary>The member named <paramref name="utf8Name"/>, when present.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8Name, out TapeValue value)
    {
        var index = _names.IndexOf(utf8Name);
        if (index < 0)
        {
            // A property the shape does not define: found the long way.
            return _context.TryGetMember(Object, utf8Name, out value);
        }

        value = _found[index];
        return value.ValueKind != JsonValueKind.Undefined;
    }

    /// <summary>The member named <paramref name="name"/>, when present.</summary>
    public bool TryGet(string name, out TapeValue value)
    {
        var index = _names.IndexOf(name);
        if (index < 0)
        {
            return Object.TryGetProperty(name, out value);
        }

        value = _found[index];
        return value.ValueKind != JsonValueKind.Undefined;
    }

    /// <summary>The value of the defined property numbered <paramref name="index"/> (see <see cref="ObjectShape.IndexOf"/>).</summary>
    public TapeValue At(int index) => _found[index];

    public bool Has(ReadOnlySpan<byte> utf8Name) => TryGet(utf8Name, out _);

    public bool Has(string name) => TryGet(name, out _);

    /// <summary>Whether any of the named members is present.</summary>
    public bool HasAny(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (Has(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the member is present and JSON <c>true</c>.</summary>
    public bool IsTrue(ReadOnlySpan<byte> utf8Name) => TryGet(utf8Name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>
    /// Reused member arrays for the shapes that run cross-checks, one per object being checked. Not thread-safe: one
    /// per thread, each validation returning every array it takes.
    /// </summary>
    internal sealed class Pool
    {
        private readonly Stack<TapeValue[]> _free = new();

        // Large enough for every shape's properties, so that any array fits any shape.
        private const int MinimumLength = 64;

        public TapeValue[] Rent(int count) =>
            _free.TryPeek(out var array) && array.Length >= count ? _free.Pop() : new TapeValue[Math.Max(count, MinimumLength)];

        /// <summary>Clears the array's first <paramref name="count"/> slots and keeps it for the next object.</summary>
        public void Return(TapeValue[] array, int count)
        {
            Array.Clear(array, 0, count);
            _free.Push(array);
        }
    }
}
