namespace Argus.Cacao.Model.Markings;

/// <summary>
/// A marking whose <c>type</c> is outside data-marking-type-enum, or absent: only the common marking properties are
/// modelled, every other member stays in <see cref="CacaoObject.Unknown"/>.
/// </summary>
public sealed record UnknownMarking : DataMarking
{
    /// <summary>Creates a marking of a type the model does not know.</summary>
    /// <param name="type">The <c>type</c> value, or null when the source had none.</param>
    public UnknownMarking(string? type)
        : base(type)
    {
    }
}
