namespace Argus.Cacao.Model.Markings;

/// <summary>The values of the closed vocabulary data-marking-type-enum (CACAO 9).</summary>
public static class DataMarkingTypes
{
    /// <summary><c>marking-statement</c>.</summary>
    public const string MarkingStatement = "marking-statement";

    /// <summary><c>marking-tlp</c>.</summary>
    public const string MarkingTlp = "marking-tlp";

    /// <summary><c>marking-iep</c>.</summary>
    public const string MarkingIep = "marking-iep";
}
