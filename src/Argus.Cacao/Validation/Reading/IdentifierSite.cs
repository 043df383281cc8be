namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// Where one identifier of the playbook was read, packed in a number that orders sites as the UUID-uniqueness rule
/// reads them: the playbook's <c>id</c>, then each definition dictionary's keys by member position, then the
/// signatures' identifiers. A site is turned back into text and a pointer only when a repeated UUID is reported.
/// </summary>
internal readonly record struct IdentifierSite : IComparable<IdentifierSite>
{
    // The top byte is the group: a playbook member slot for the id and the dictionaries (slot order is reading order
    // for them), SignatureGroup for the signatures. Below it, a dictionary key's member position, or a signature's
    // position in the list (bits 25 to 55) and how deep in its chain of countersignatures it sits (the low 25 bits:
    // each level takes more than 12 bytes, so no document under 400 MB nests deeper).
    private const int GroupShift = 56;
    private const long SignatureGroup = 0x7F;
    private const int PositionShift = 25;
    private const long DepthMask = (1 << PositionShift) - 1;

    private readonly long _code;

    private IdentifierSite(long code) => _code = code;

    /// <summary>The playbook's own <c>id</c>.</summary>
    public static IdentifierSite PlaybookId { get; } = new((long)PlaybookMember.Id << GroupShift);

    /// <summary>The key at <paramref name="position"/> (counting every member) of the dictionary in playbook member <paramref name="slot"/>.</summary>
    public static IdentifierSite DictionaryKey(int slot, int position) => new(((long)slot << GroupShift) | (uint)position);

    /// <summary>
    /// The <c>id</c> of the signature at <paramref name="position"/> of the <c>signatures</c> list, or of a
    /// countersignature <paramref name="depth"/> levels below it.
    /// </summary>
    public static IdentifierSite Signature(int position, int depth) =>
        new((SignatureGroup << GroupShift) | ((long)(uint)position << PositionShift) | (depth & DepthMask));

    /// <summary>Whether the site is the playbook's <c>id</c>.</summary>
    public bool IsPlaybookId => _code == PlaybookId._code;

    /// <summary>Whether the site is a signature's <c>id</c>.</summary>
    public bool IsSignature => _code >> GroupShift == SignatureGroup;

    /// <summary>The playbook member slot of a dictionary key's dictionary.</summary>
    public int Slot => (int)(_code >> GroupShift);

    /// <summary>A dictionary key's member position, or a signature's position in the <c>signatures</c> list.</summary>
    public int Position => (int)((IsSignature ? _code >> PositionShift : _code) & int.MaxValue);

    /// <summary>How many countersignature levels below its listed signature a signature's <c>id</c> sits.</summary>
    public int Depth => (int)(_code & DepthMask);

    public int CompareTo(IdentifierSite other) => _code.CompareTo(other._code);
}
