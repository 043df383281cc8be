using System.Collections;

namespace Argus.Cacao.Json.Tape;

/// <summary>The members of an object of a <see cref="JsonTape"/>, in document order.</summary>
internal struct TapeObjectEnumerator : IEnumerable<TapeMember>, IEnumerator<TapeMember>
{
    private readonly JsonTape _tape;
    private readonly int _end;
    private readonly int _first;
    private int _next;
    private int _current;

    internal TapeObjectEnumerator(JsonTape tape, int objectRow)
    {
        _tape = tape;
        _end = tape.Row(objectRow).End;
        _first = objectRow + 1;
        _next = _first;
        _current = -1;
    }

    public readonly TapeMember Current => new(_tape, _current);

    readonly object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        if (_next >= _end)
        {
            return false;
        }

        _current = _next;
        // A member is its name's row followed by its value and everything in it.
        _next = _tape.Row(_next + 1).End;
        return true;
    }

    public readonly TapeObjectEnumerator GetEnumerator() => this with { _next = _first, _current = -1 };

    readonly IEnumerator<TapeMember> IEnumerable<TapeMember>.GetEnumerator() => GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Reset()
    {
        _next = _first;
        _current = -1;
    }

    public readonly void Dispose()
    {
    }
}

/// <summary>The items of an array of a <see cref="JsonTape"/>, in order.</summary>
internal struct TapeArrayEnumerator : IEnumerable<TapeValue>, IEnumerator<TapeValue>
{
    private readonly JsonTape _tape;
    private readonly int _end;
    private readonly int _first;
    private int _next;
    private int _current;

    internal TapeArrayEnumerator(JsonTape tape, int arrayRow)
    {
        _tape = tape;
        _end = tape.Row(arrayRow).End;
        _first = arrayRow + 1;
        _next = _first;
        _current = -1;
    }

    public readonly TapeValue Current => new(_tape, _current);

    readonly object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        if (_next >= _end)
        {
            return false;
        }

        _current = _next;
        _next = _tape.Row(_next).End;
        return true;
    }

    public readonly TapeArrayEnumerator GetEnumerator() => this with { _next = _first, _current = -1 };

    readonly IEnumerator<TapeValue> IEnumerable<TapeValue>.GetEnumerator() => GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Reset()
    {
        _next = _first;
        _current = -1;
    }

    public readonly void Dispose()
    {
    }
}
