using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>Starts a <see cref="GenBuilder{T}"/>.</summary>
internal static class GenBuild
{
    public static GenBuilder<T> Build<T>(Gen<T> seed) => new(seed);

    public static GenBuilder<T> Build<T>(T seed) => new(Gen.Constant(seed));
}
