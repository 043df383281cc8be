using System.Collections.Frozen;
using System.Collections.Immutable;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Vocabularies;

/// <summary>
/// A named list of values defined by the CACAO specification: an open vocabulary (<c>-ov</c>, values SHOULD come
/// from it, others are allowed) or a closed enumeration (<c>-enum</c>, values MUST come from it).
/// </summary>
public sealed class CacaoVocabulary
{
    private readonly FrozenSet<string> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _characterLookup;
    private readonly Json.Utf8NameTable _utf8Lookup;

    /// <summary>Creates a vocabulary.</summary>
    /// <param name="name">The spec's name, such as <c>command-type-ov</c>.</param>
    /// <param name="isOpen">True for an open vocabulary, false for a closed enumeration.</param>
    /// <param name="values">The values in the spec's order.</param>
    public CacaoVocabulary(string name, bool isOpen, params ReadOnlySpan<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        IsOpen = isOpen;
        Values = [.. values];
        _lookup = Values.ToFrozenSet(StringComparer.Ordinal);
        _utf8Lookup = new Json.Utf8NameTable([.. _lookup]);
        _characterLookup = _lookup.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The spec's name for the vocabulary, such as <c>command-type-ov</c>.</summary>
    public string Name { get; }

    /// <summary>True for an open vocabulary (<c>-ov</c>), false for a closed enumeration (<c>-enum</c>).</summary>
    public bool IsOpen { get; }

    /// <summary>The values in the spec's order.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Whether <paramref name="value"/> is one of <see cref="Values"/> (case-sensitive, as in the spec).</summary>
    /// <param name="value">The value to look up.</param>
    /// <returns>True when the value is listed.</returns>
    public bool Contains(string value) => _lookup.Contains(value);

    /// <summary>Whether the text is one of <see cref="Values"/> (ordinal), without a string.</summary>
    internal bool Contains(ReadOnlySpan<char> value) => _characterLookup.Contains(value);

    /// <summary>Membership of the text of a JSON string value, read in place unless it is escaped.</summary>
    internal bool ContainsText(Json.Tape.TapeValue value) => _utf8Lookup.IndexOfText(value) >= 0;

    /// <inheritdoc />
    public override string ToString() => Name;
}
