using System.Buffers;
using System.Text.Json;

namespace Argus.Cacao.Json.Tape;

/// <summary>
/// Parses RFC 8259 JSON into <see cref="TapeRow"/>s in one forward pass, without recursion: open objects and arrays
/// are kept on a stack of row indexes from the shared pool, which grows only for documents nested deeper than 64
/// levels.
/// </summary>
internal ref struct JsonTapeParser
{
    // The nesting allowed when none is given, as in System.Text.Json, and the open containers' first stack.
    private const int DefaultDepth = 64;

    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    private readonly ReadOnlySpan<byte> _json;
    private readonly int _maxDepth;
    private TapeRow[] _rows;
    private int _count;
    private int _position;

    /// <param name="json">The document.</param>
    /// <param name="rows">Rows to fill, from <see cref="ArrayPool{T}.Shared"/>; replaced by a larger one when full.</param>
    /// <param name="maxDepth">The deepest nesting allowed; as in <see cref="JsonDocumentOptions.MaxDepth"/>, 0 means 64.</param>
    public JsonTapeParser(ReadOnlySpan<byte> json, TapeRow[] rows, int maxDepth)
    {
        _json = json;
        _rows = rows;
        _maxDepth = maxDepth > 0 ? maxDepth : DefaultDepth;
    }

    /// <summary>The rows, the caller's to return to the pool whether parsing succeeded or not.</summary>
    public readonly TapeRow[] Rows => _rows;

    /// <summary>Parses the whole input: a single JSON value with nothing but whitespace around it.</summary>
    public bool TryParse()
    {
        var open = new OpenContainers(ArrayPool<int>.Shared.Rent(DefaultDepth));
        try
        {
            SkipWhitespace();
            if (!ReadValue(ref open))
            {
                return false;
            }

            while (open.Depth > 0)
            {
                SkipWhitespace();
                if (_position >= _json.Length)
                {
                    return false;
                }

                var container = open.Top;
                var isObject = _rows[container].Kind == (int)JsonValueKind.Object;
                var next = _json[_position];
                if (next == (byte)',')
                {
                    _position++;
                    SkipWhitespace();
                    if (!_rows[container].TryAddOne() || (isObject && !ReadName()) || !ReadValue(ref open))
                    {
                        return false;
                    }
                }
                else if (next == (isObject ? (byte)'}' : (byte)']'))
                {
                    Close(container);
                    open.Pop();
                }
                else
                {
                    return false;
                }
            }

            SkipWhitespace();
            return _position == _json.Length;
        }
        finally
        {
            open.Dispose();
        }
    }

    // Reads one value. An object or array is opened, and its first member's value or first item read in turn, so
    // that on return the innermost open container (if any) waits for a comma or its closing bracket.
    private bool ReadValue(ref OpenContainers open)
    {
        while (_position < _json.Length)
        {
            switch (_json[_position])
            {
                case (byte)'{':
                case (byte)'[':
                    if (open.Depth >= _maxDepth)
                    {
                        return false;
                    }

                    var isObject = _json[_position] == (byte)'{';
                    var row = Add(new TapeRow(isObject ? (int)JsonValueKind.Object : (int)JsonValueKind.Array, _position, 0, 0));
                    _position++;
                    SkipWhitespace();
                    if (_position < _json.Length && _json[_position] == (isObject ? (byte)'}' : (byte)']'))
                    {
                        Close(row);
                        return true;
                    }

                    open.Push(row);
                    _rows[row].TryAddOne();
                    if (isObject && !ReadName())
                    {
                        return false;
                    }

                    continue;
                case (byte)'"':
                    return ReadString((int)JsonValueKind.String);
                case (byte)'t':
                    return ReadLiteral("true"u8, JsonValueKind.True);
                case (byte)'f':
                    return ReadLiteral("false"u8, JsonValueKind.False);
                case (byte)'n':
                    return ReadLiteral("null"u8, JsonValueKind.Null);
                default:
                    return ReadNumber();
            }
        }

        return false;
    }

    // A member name, the colon and the whitespace up to the member's value.
    private bool ReadName()
    {
        if (_position >= _json.Length || _json[_position] != (byte)'"' || !ReadString(TapeRow.NameKind))
        {
            return false;
        }

        SkipWhitespace();
        if (_position >= _json.Length || _json[_position] != (byte)':')
        {
            return false;
        }

        _position++;
        SkipWhitespace();
        return true;
    }

    // From the opening quote through the closing one: no control characters, and only the escapes RFC 8259 defines.
    private bool ReadString(int kind)
    {
        var start = ++_position;
        var escaped = false;
        while (true)
        {
            var stop = IndexOfStringStop(_json, _position);
            if (stop < 0)
            {
                return false;
            }

            _position = stop;
            var found = _json[_position];
            if (found == (byte)'"')
            {
                break;
            }

            if (found != (byte)'\\' || _position + 1 >= _json.Length)
            {
                return false;
            }

            escaped = true;
            switch (_json[_position + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    _position += 2;
                    break;
                case (byte)'u':
                    if (_position + 5 >= _json.Length || !IsHexDigit(_json[_position + 2]) || !IsHexDigit(_json[_position + 3])
                        || !IsHexDigit(_json[_position + 4]) || !IsHexDigit(_json[_position + 5]))
                    {
                        return false;
                    }

                    _position += 6;
                    break;
                default:
                    return false;
            }
        }

        Add(new TapeRow(kind, start, _position - start, _count + 1, escaped));
        _position++;
        return true;
    }

    // The next quote, backslash or control character from position on.
    private static int IndexOfStringStop(ReadOnlySpan<byte> json, int position)
    {
        var stop = json[position..].IndexOfAny(StringStops);
        return stop < 0 ? -1 : position + stop;
    }

    private bool ReadLiteral(ReadOnlySpan<byte> literal, JsonValueKind kind)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            return false;
        }

        Add(new TapeRow((int)kind, _position, literal.Length, _count + 1));
        _position += literal.Length;
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private bool ReadNumber()
    {
        var start = _position;
        if (_json[_position] == (byte)'-')
        {
            _position++;
        }

        if (_position >= _json.Length)
        {
            return false;
        }

        if (_json[_position] == (byte)'0')
        {
            _position++;
        }
        else if (SkipDigits() == 0)
        {
            return false;
        }

        if (_position < _json.Length && _json[_position] == (byte)'.')
        {
            _position++;
            if (SkipDigits() == 0)
            {
                return false;
            }
        }

        if (_position < _json.Length && (_json[_position] | 0x20) == (byte)'e')
        {
            _position++;
            if (_position < _json.Length && _json[_position] is (byte)'+' or (byte)'-')
            {
                _position++;
            }

            if (SkipDigits() == 0)
            {
                return false;
            }
        }

        Add(new TapeRow((int)JsonValueKind.Number, start, _position - start, _count + 1));
        return true;
    }

    private int SkipDigits()
    {
        var start = _position;
        while (_position < _json.Length && IsDigit(_json[_position]))
        {
            _position++;
        }

        return _position - start;
    }

    // Whitespace runs are short (a line break and some indentation), so a plain loop beats a vectorised search.
    private void SkipWhitespace()
    {
        var position = _position;
        while ((uint)position < (uint)_json.Length && _json[position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            position++;
        }

        _position = position;
    }

    private void Close(int row)
    {
        _rows[row].Length = _position + 1 - _rows[row].Start;
        _rows[row].End = _count;
        _position++;
    }

    private int Add(TapeRow row)
    {
        if (_count == _rows.Length)
        {
            PooledArray.Double(ref _rows);
        }

        _rows[_count] = row;
        return _count++;
    }

    private static bool IsDigit(byte value) => (uint)(value - '0') <= 9;

    private static bool IsHexDigit(byte value) => IsDigit(value) || (uint)((value | 0x20) - 'a') <= 'f' - 'a';

    // The row indexes of the objects and arrays not yet closed, innermost last.
    private struct OpenContainers(int[] items)
    {
        private int[] _items = items;

        public int Depth { get; private set; }

        public readonly int Top => _items[Depth - 1];

        public void Push(int row)
        {
            if (Depth == _items.Length)
            {
                PooledArray.Double(ref _items);
            }

            _items[Depth++] = row;
        }

        public void Pop() => Depth--;

        public readonly void Dispose() => ArrayPool<int>.Shared.Return(_items);
    }
}
