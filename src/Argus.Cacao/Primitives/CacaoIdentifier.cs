using System.Collections.Frozen;

namespace Argus.Cacao.Primitives;

/// <summary>
/// A CACAO identifier, <c>object-type--UUID</c> (spec section 10.9): the exact <c>type</c> of the identified
/// object, two hyphens, and an RFC 9562 UUID.
/// </summary>
/// <remarks>
/// Parsing is strict about the form and lenient about the UUID version: any version RFC 9562 defines (1 to 8) is
/// accepted, since the spec only says objects SHOULD use version 4 (steps MUST; a playbook MAY use version 5).
/// Hexadecimal digits may be upper or lower case; <see cref="Uuid"/> compares them case-insensitively.
/// </remarks>
public readonly record struct CacaoIdentifier
{
    private const int UuidLength = 36;
    private const string Separator = "--";

    private static readonly string[] KnownObjectTypeList =
        [
            .. Vocabularies.CacaoVocabularies.WorkflowStepTypes.Values,
            .. Vocabularies.CacaoVocabularies.AgentTargetTypes.Values,
            .. Vocabularies.CacaoVocabularies.AuthenticationInfoTypes.Values,
            .. Vocabularies.CacaoVocabularies.DataMarkingTypes.Values,
            "playbook", "identity", "extension-definition", "jws",
        ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownObjectTypes =
        KnownObjectTypeList.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private CacaoIdentifier(string text, string objectType, Guid uuid, int version)
    {
        Text = text;
        ObjectType = objectType;
        Uuid = uuid;
        UuidVersion = version;
    }

    /// <summary>The identifier exactly as written.</summary>
    public string Text { get; }

    /// <summary>The object-type part before <c>--</c>, such as <c>action</c> or <c>identity</c>.</summary>
    public string ObjectType { get; }

    /// <summary>The UUID part.</summary>
    public Guid Uuid { get; }

    /// <summary>The UUID version, 1 to 8 (4 for random UUIDs, 5 for name-based SHA-1 UUIDs).</summary>
    public int UuidVersion { get; }

    /// <summary>Parses <paramref name="text"/> as an identifier.</summary>
    /// <param name="text">The candidate identifier; null is not an identifier.</param>
    /// <param name="identifier">The parsed identifier, or default when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed identifier.</returns>
    public static bool TryParse(string? text, out CacaoIdentifier identifier) =>
        TryParse(text, out identifier, out _);

    /// <summary>Parses <paramref name="text"/> as an identifier and says why it is not one.</summary>
    /// <param name="text">The candidate identifier; null is not an identifier.</param>
    /// <param name="identifier">The parsed identifier, or default when parsing fails.</param>
    /// <param name="error">What is wrong, or <see cref="CacaoIdentifierError.None"/>.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed identifier.</returns>
    public static bool TryParse(string? text, out CacaoIdentifier identifier, out CacaoIdentifierError error)
    {
        identifier = default;
        if (text is null)
        {
            error = CacaoIdentifierError.MissingUuid;
            return false;
        }

        error = Check(text, out var typeLength);
        if (error != CacaoIdentifierError.None)
        {
            return false;
        }

        var uuidText = text.AsSpan(text.Length - UuidLength);
        var version = HexValue(uuidText[14]);
        identifier = new CacaoIdentifier(text, ObjectTypeText(text.AsSpan(0, typeLength)), Guid.ParseExact(uuidText, "D"), version);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Text ?? string.Empty;

    /// <summary>Checks an identifier's text without a string; <paramref name="typeLength"/> is where the type ends.</summary>
    internal static CacaoIdentifierError Check(ReadOnlySpan<char> text, out int typeLength)
    {
        typeLength = 0;
        if (text.Length < UuidLength + Separator.Length + 1)
        {
            return CacaoIdentifierError.MissingUuid;
        }

        typeLength = text.Length - UuidLength - Separator.Length;
        if (!text.Slice(typeLength, Separator.Length).SequenceEqual(Separator))
        {
            return CacaoIdentifierError.MissingUuid;
        }

        if (!IsObjectType(text[..typeLength]))
        {
            return CacaoIdentifierError.InvalidObjectType;
        }

        var uuid = text[^UuidLength..];
        for (var i = 0; i < UuidLength; i++)
        {
            var isDash = i is 8 or 13 or 18 or 23;
            if (isDash ? uuid[i] != '-' : HexValue(uuid[i]) < 0)
            {
                return CacaoIdentifierError.InvalidUuid;
            }
        }

        if (HexValue(uuid[19]) is < 8 or > 11)
        {
            return CacaoIdentifierError.InvalidUuidVariant;
        }

        return HexValue(uuid[14]) is < 1 or > 8 ? CacaoIdentifierError.InvalidUuidVersion : CacaoIdentifierError.None;
    }

    /// <summary>
    /// True when raw UTF-8 text (no escapes) is a well-formed identifier: the validator's fast path, which reads the
    /// document's bytes without decoding them. <paramref name="typeLength"/> is where the type ends, and
    /// <paramref name="version"/> is the UUID version. Anything it rejects is checked again as text to say why.
    /// </summary>
    internal static bool IsWellFormedUtf8(ReadOnlySpan<byte> text, out int typeLength, out int version)
    {
        version = 0;
        typeLength = text.Length - UuidLength - Separator.Length;
        if (typeLength < 3 || text[typeLength] != '-' || text[typeLength + 1] != '-')
        {
            return false;
        }

        var type = text[..typeLength];
        if (type[0] is < (byte)'a' or > (byte)'z' || type[^1] == '-')
        {
            return false;
        }

        if (type.IndexOfAnyExcept(TypeBytes) >= 0)
        {
            return false;
        }

        // Hexadecimal digits with dashes at exactly the four places: checked a vector at a time.
        var uuid = text[^UuidLength..];
        if (uuid[8] != '-' || uuid[13] != '-' || uuid[18] != '-' || uuid[23] != '-'
            || uuid.IndexOfAnyExcept(UuidBytes) >= 0 || uuid.Count((byte)'-') != 4)
        {
            return false;
        }

        version = HexValue((char)uuid[14]);
        return HexValue((char)uuid[19]) is >= 8 and <= 11 && version is >= 1 and <= 8;
    }

    /// <summary>The 128 bits of the UUID of raw UTF-8 text that <see cref="IsWellFormedUtf8"/> accepted.</summary>
    internal static UInt128 UuidBitsOf(ReadOnlySpan<byte> text)
    {
        // "xxxxxxxx-xxxx-xxxx" and "xxxx-xxxxxxxxxxxx": 16 hexadecimal digits each side of the middle dash.
        var uuid = text[^UuidLength..];
        return new UInt128(HexBits(uuid[..18]), HexBits(uuid[19..]));
    }

    // The value of the hexadecimal digits of a part of a UUID, its dashes skipped.
    private static ulong HexBits(ReadOnlySpan<byte> digits)
    {
        var bits = 0UL;
        foreach (var c in digits)
        {
            if (c != '-')
            {
                bits = (bits << 4) | HexDigits[c];
            }
        }

        return bits;
    }

    // The value of each hexadecimal digit byte (0 for every other byte, which the well-formedness check excludes).
    private static ReadOnlySpan<byte> HexDigits =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0, 0, 0, 0,
        0, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    // The bytes of an object type ([a-z0-9-]) and of a UUID (hexadecimal digits and dashes).
    private static readonly System.Buffers.SearchValues<byte> TypeBytes =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-"u8);

    private static readonly System.Buffers.SearchValues<byte> UuidBytes =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF-"u8);

    // The CS01 identifier pattern: ^[a-z][a-z0-9-]+[a-z0-9]-- (at least three characters).
    private static bool IsObjectType(ReadOnlySpan<char> type)
    {
        if (type.Length < 3 || type[0] is < 'a' or > 'z' || type[^1] == '-')
        {
            return false;
        }

        foreach (var c in type)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The UUID version digit of text that <see cref="Check"/> accepted.</summary>
    internal static int VersionOf(ReadOnlySpan<char> text) => HexValue(text[^(UuidLength - 14)]);

    // Object types are a few dozen words repeated across a document: the known ones share one string each.
    private static string ObjectTypeText(ReadOnlySpan<char> type) =>
        KnownObjectTypes.TryGetValue(type, out var known) ? known : type.ToString();

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
