using System.Text;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// The UUIDs of the identifiers seen so far in one validation, and whether any repeats: filled by the definition
/// dictionaries' structure checks as they read each key, so that the UUID-uniqueness rule reads those keys again only
/// when some UUID repeats.
/// </summary>
internal sealed class IdentifierUuids
{
    private readonly HashSet<UInt128> _seen = new(UuidBitsComparer.Instance);
    // One bit per playbook dictionary slot whose keys have all been added.
    private int _coveredDictionaries;

    // The UUIDs added more than once; null until one is.
    private HashSet<UInt128>? _repeated;

    /// <summary>The UUIDs added more than once so far; null when none was.</summary>
    public IReadOnlySet<UInt128>? Repeated => _repeated;

    /// <summary>Adds the UUID of an identifier given as decoded text; malformed text adds nothing.</summary>
    public void AddDecoded(string text)
    {
        if (CacaoIdentifier.Check(text, out _) == CacaoIdentifierError.None)
        {
            AddSeen(CacaoIdentifier.UuidBitsOf(Encoding.ASCII.GetBytes(text)));
        }
    }

    /// <summary>Adds the UUID of an identifier already found well formed in its raw UTF-8 text; true when it had been
    /// added before.</summary>
    public bool AddWellFormed(ReadOnlySpan<byte> rawUtf8) => AddSeen(CacaoIdentifier.UuidBitsOf(rawUtf8));

    /// <summary>Records that every key of the playbook dictionary in <paramref name="slot"/> has been added.</summary>
    public void Cover(int slot) => _coveredDictionaries |= 1 << slot;

    /// <summary>Whether every key of all these dictionaries has been added.</summary>
    public bool Covers(ReadOnlySpan<int> slots)
    {
        foreach (var slot in slots)
        {
            if ((_coveredDictionaries & (1 << slot)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a UUID; true when it had been added before.</summary>
    public bool AddSeen(UInt128 uuid)
    {
        if (_seen.Add(uuid))
        {
            return false;
        }

        (_repeated ??= new HashSet<UInt128>(UuidBitsComparer.Instance)).Add(uuid);
        return true;
    }
}
