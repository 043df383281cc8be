using System.Runtime.InteropServices;
using System.Text.Json;

namespace Argus.Cacao.Json.Tape;

/// <summary>
/// One value or member name of a <see cref="JsonTape"/>: its kind, where its text lies in the document and, for an
/// object or array, how many members or items it has and where its last descendant ends.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TapeRow
{
    /// <summary>The kind of a member name's row; values use their <see cref="JsonValueKind"/>.</summary>
    public const int NameKind = 8;

    private const int KindMask = 0xF;
    private const int EscapedFlag = 0x10;
    private const int CountShift = 5;

    private int _header;

    /// <summary>
    /// The first byte of the value's text: for a string or a member name the first byte after its opening quote, for
    /// an object or array its opening bracket.
    /// </summary>
    public int Start;

    /// <summary>The text's length in bytes: a string's without its quotes, an object's or array's through its closing bracket.</summary>
    public int Length;

    /// <summary>The index of the first row after this value and everything in it.</summary>
    public int End;

    public TapeRow(int kind, int start, int length, int end, bool escaped = false)
    {
        _header = kind | (escaped ? EscapedFlag : 0);
        Start = start;
        Length = length;
        End = end;
    }

    /// <summary>A <see cref="JsonValueKind"/>, or <see cref="NameKind"/>.</summary>
    public readonly int Kind => _header & KindMask;

    /// <summary>Whether a string or member name holds a backslash escape, so that its text differs from its bytes.</summary>
    public readonly bool IsEscaped => (_header & EscapedFlag) != 0;

    /// <summary>The number of members of an object or items of an array.</summary>
    public readonly int Count => (int)((uint)_header >> CountShift);

    /// <summary>The most members or items an object or array can count.</summary>
    public const int MaxCount = int.MaxValue >> CountShift;

    /// <summary>Counts one more member or item; false, counting nothing, when <see cref="MaxCount"/> is reached.</summary>
    public bool TryAddOne()
    {
        if (Count == MaxCount)
        {
            return false;
        }

        _header += 1 << CountShift;
        return true;
    }
}
