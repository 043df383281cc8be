using System.Text;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// The UUIDs of the identifiers read so far in one validation, each with the site it was first read at, and every
/// later reading of a UUID already read: filled by the definition dictionaries' structure checks as they read each
/// key, and by the UUID-uniqueness rule for the other identifiers, so that a repeat is reported without reading every
/// identifier again.
/// </summary>
internal sealed class IdentifierUuids
{
    private readonly Dictionary<UInt128, IdentifierSite> _firstSites = new(UuidBitsComparer.Instance);
    // One bit per playbook dictionary slot whose keys have all been added.
    private int _coveredDictionaries;

    // Each reading of a UUID already read, in the order added; null until there is one.
    private List<(UInt128 Uuid, IdentifierSite Site)>? _repeats;

    /// <summary>Whether some UUID has been added more than once.</summary>
    public bool HasRepeats => _repeats is not null;

    /// <summary>Adds the UUID of an identifier given as decoded text; malformed text adds nothing.</summary>
    public void AddDecoded(string text, IdentifierSite site)
    {
        if (CacaoIdentifier.Check(text, out _) == CacaoIdentifierError.None)
        {
            Add(CacaoIdentifier.UuidBitsOf(Encoding.ASCII.GetBytes(text)), site);
        }
    }

    /// <summary>Adds the UUID of an identifier already found well formed in its raw UTF-8 text; true when it had been
    /// added before.</summary>
    public bool AddWellFormed(ReadOnlySpan<byte> rawUtf8, IdentifierSite site) => Add(CacaoIdentifier.UuidBitsOf(rawUtf8), site);

    /// <summary>Records that every key of the playbook dictionary in <paramref name="slot"/> has been added.</summary>
    public void Cover(int slot) => _coveredDictionaries |= 1 << slot;

    /// <summary>Whether every key of the dictionary in <paramref name="slot"/> has been added.</summary>
    public bool Covers(int slot) => (_coveredDictionaries & (1 << slot)) != 0;

    /// <summary>Adds a UUID read at <paramref name="site"/>; true when it had been added before.</summary>
    public bool Add(UInt128 uuid, IdentifierSite site)
    {
        if (_firstSites.TryAdd(uuid, site))
        {
            return false;
        }

        (_repeats ??= []).Add((uuid, site));
        return true;
    }

    /// <summary>Every site of every UUID added more than once, in site order; empty when none was.</summary>
    public List<(UInt128 Uuid, IdentifierSite Site)> RepeatedSites()
    {
        if (_repeats is null)
        {
            return [];
        }

        var sites = new List<(UInt128 Uuid, IdentifierSite Site)>(_repeats.Count * 2);
        var firstsAdded = new HashSet<UInt128>(UuidBitsComparer.Instance);
        foreach (var repeat in _repeats)
        {
            sites.Add(repeat);
            if (firstsAdded.Add(repeat.Uuid))
            {
                sites.Add((repeat.Uuid, _firstSites[repeat.Uuid]));
            }
        }

        // Sites are distinct, so the order is total.
        sites.Sort(static (x, y) => x.Site.CompareTo(y.Site));
        return sites;
    }
}
