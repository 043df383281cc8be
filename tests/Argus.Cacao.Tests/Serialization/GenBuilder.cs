using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>Builds a generator of records from a seed and independent changes, one per property.</summary>
internal sealed class GenBuilder<T>(Gen<T> seed)
{
    public Gen<T> Gen { get; } = seed;

    /// <summary>Either leaves the record as it is or sets properties from a generated value.</summary>
    public GenBuilder<T> Maybe<TValue>(Gen<TValue> value, Func<T, TValue, T> set) =>
        new(from record in Gen
            from present in FsCheck.Fluent.Gen.Elements(true, false)
            from generated in value
            select present ? set(record, generated) : record);

    /// <summary>Always sets properties from a generated value.</summary>
    public GenBuilder<T> Always<TValue>(Gen<TValue> value, Func<T, TValue, T> set) =>
        new(from record in Gen from generated in value select set(record, generated));
}
