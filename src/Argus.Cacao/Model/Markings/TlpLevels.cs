namespace Argus.Cacao.Model.Markings;

/// <summary>The TLP v2 levels allowed in <c>tlpv2_level</c> (CACAO 9.3).</summary>
public static class TlpLevels
{
    /// <summary><c>TLP:RED</c>.</summary>
    public const string Red = "TLP:RED";

    /// <summary><c>TLP:AMBER</c>.</summary>
    public const string Amber = "TLP:AMBER";

    /// <summary><c>TLP:AMBER+STRICT</c>.</summary>
    public const string AmberStrict = "TLP:AMBER+STRICT";

    /// <summary><c>TLP:GREEN</c>.</summary>
    public const string Green = "TLP:GREEN";

    /// <summary><c>TLP:CLEAR</c>.</summary>
    public const string Clear = "TLP:CLEAR";
}
