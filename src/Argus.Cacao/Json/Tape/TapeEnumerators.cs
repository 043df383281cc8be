using System.Collections;

namespace Argus.Cacao.Json.Tape;

/// <summary>The members of an object of a <see cref="JsonTape"/>, in document order.</summary>
internal struct TapeObjectEnumerator : IEnumerable<TapeMember>, IEnumerator<TapeMember>
{
    // A member is its name's row followed by its value and everything in it: the next member starts where the value
    // one row on ends.
    private TapeCursor _cursor;

    internal TapeObjectEnumerator(JsonTape tape, int objectRow) => _cursor = new TapeCursor(tape, objectRow, valueOffset: 1);

    public readonly TapeMember Current => new(_cursor.Tape, _cursor.Current);

    readonly object IEnumerator.Current => Current;

    public bool MoveNext() => _cursor.MoveNext();

    public readonly TapeObjectEnumerator GetEnumerator() => this with { _cursor = _cursor.Restarted() };

    readonly IEnumerator<TapeMember> IEnumerable<TapeMember>.GetEnumerator() => GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Reset() => _cursor = _cursor.Restarted();

    public readonly void Dispose()
    {
    }
}

/// <summary>The items of an array of a <see cref="JsonTape"/>, in order.</summary>
internal struct TapeArrayEnumerator : IEnumerable<TapeValue>, IEnumerator<TapeValue>
{
    private TapeCursor _cursor;

    internal TapeArrayEnumerator(JsonTape tape, int arrayRow) => _cursor = new TapeCursor(tape, arrayRow, valueOffset: 0);

    public readonly TapeValue Current => new(_cursor.Tape, _cursor.Current);

    readonly object IEnumerator.Current => Current;

    public bool MoveNext() => _cursor.MoveNext();

    public readonly TapeArrayEnumerator GetEnumerator() => this with { _cursor = _cursor.Restarted() };

    readonly IEnumerator<TapeValue> IEnumerable<TapeValue>.GetEnumerator() => GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Reset() => _cursor = _cursor.Restarted();

    public readonly void Dispose()
    {
    }
}

/// <summary>
/// The rows of an object's members or an array's items, one after another: each entry starts at the row where the
/// value <c>valueOffset</c> rows into the previous entry ends.
/// </summary>
internal struct TapeCursor(JsonTape tape, int containerRow, int valueOffset)
{
    private readonly int _end = tape.Row(containerRow).End;
    private readonly int _first = containerRow + 1;
    private int _next = containerRow + 1;

    public readonly JsonTape Tape => tape;

    /// <summary>The first row of the current entry; -1 before the first.</summary>
    public int Current { get; private set; } = -1;

    public bool MoveNext()
    {
        if (_next >= _end)
        {
            return false;
        }

        Current = _next;
        _next = tape.Row(_next + valueOffset).End;
        return true;
    }

    public readonly TapeCursor Restarted() => this with { _next = _first, Current = -1 };
}
