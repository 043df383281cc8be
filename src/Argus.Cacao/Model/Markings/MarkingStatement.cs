namespace Argus.Cacao.Model.Markings;

/// <summary>A statement marking (<c>type</c> <c>marking-statement</c>, CACAO 9.2), such as a copyright notice.</summary>
public sealed record MarkingStatement : DataMarking
{
    /// <summary>Creates a marking of type <c>marking-statement</c>.</summary>
    public MarkingStatement()
        : base(DataMarkingTypes.MarkingStatement)
    {
    }

    /// <summary>The statement (<c>statement</c>, required by the spec).</summary>
    public string? Statement { get; init; }
}
