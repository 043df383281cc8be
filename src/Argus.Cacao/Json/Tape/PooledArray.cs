using System.Buffers;

namespace Argus.Cacao.Json.Tape;

/// <summary>Growth for arrays rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal static class PooledArray
{
    /// <summary>Replaces <paramref name="array"/> by a rented one at least twice as long that holds its items, and gives the old one back to the pool.</summary>
    public static void Double<T>(ref T[] array)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }
}
