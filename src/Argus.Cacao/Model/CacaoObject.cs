namespace Argus.Cacao.Model;

/// <summary>
/// Base of every CACAO model record: carries the JSON members the model does not represent, so that a document read
/// and written again loses nothing.
/// </summary>
/// <remarks>
/// Records compare collections by reference; compare two documents by their canonical JSON
/// (<see cref="Serialization.CacaoWriter.WriteCanonical(Playbook)"/>) instead of with <c>==</c>.
/// </remarks>
public abstract record CacaoObject
{
    /// <summary>
    /// Members of the JSON object that the model does not represent (unknown or custom properties, and known
    /// properties whose JSON type did not fit the model), plus the member order of the source object.
    /// </summary>
    /// <value>Default <see cref="UnknownProperties.None"/>.</value>
    public UnknownProperties Unknown { get; init; } = UnknownProperties.None;
}
