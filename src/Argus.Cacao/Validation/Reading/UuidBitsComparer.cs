namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// Equality of UUIDs kept as 128-bit values, hashed with a per-process seed: <see cref="UInt128.GetHashCode"/> is the
/// same in every process, so a hostile document could hold thousands of UUIDs chosen to share one hash bucket.
/// </summary>
internal sealed class UuidBitsComparer : IEqualityComparer<UInt128>
{
    public static UuidBitsComparer Instance { get; } = new();

    public bool Equals(UInt128 x, UInt128 y) => x == y;

    public int GetHashCode(UInt128 obj) => HashCode.Combine((ulong)(obj >> 64), (ulong)obj);
}
