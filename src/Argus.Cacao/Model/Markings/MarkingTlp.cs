namespace Argus.Cacao.Model.Markings;

/// <summary>A Traffic Light Protocol marking (<c>type</c> <c>marking-tlp</c>, CACAO 9.3).</summary>
public sealed record MarkingTlp : DataMarking
{
    /// <summary>Creates a marking of type <c>marking-tlp</c>.</summary>
    public MarkingTlp()
        : base(DataMarkingTypes.MarkingTlp)
    {
    }

    /// <summary>The TLP v2 level (<c>tlpv2_level</c>); see <see cref="TlpLevels"/>.</summary>
    public string? Tlpv2Level { get; init; }
}
