using System.Collections.Frozen;

namespace Argus.Cacao.Vocabularies;

/// <summary>
/// The five standard TLP 2.0 marking definitions that CACAO playbooks MUST use (CACAO TC Common-Objects), all
/// created by <see cref="CreatedBy"/> at <see cref="Created"/>.
/// </summary>
public static class StandardTlpMarkings
{
    /// <summary>The identity that created the standard markings.</summary>
    public const string CreatedBy = "identity--5abe695c-7bd5-4c31-8824-2528696cdbf1";

    /// <summary>The <c>created</c> timestamp of the standard markings.</summary>
    public const string Created = "2022-10-01T00:00:00.000Z";

    /// <summary>TLP:CLEAR.</summary>
    public const string Clear = "marking-tlp--94868c89-83c2-464b-929b-a1a8aa3c8487";

    /// <summary>TLP:GREEN.</summary>
    public const string Green = "marking-tlp--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    /// <summary>TLP:AMBER.</summary>
    public const string Amber = "marking-tlp--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    /// <summary>TLP:AMBER+STRICT.</summary>
    public const string AmberStrict = "marking-tlp--939a9414-2ddd-4d32-a0cd-375ea402b003";

    /// <summary>TLP:RED.</summary>
    public const string Red = "marking-tlp--e828b379-4e03-4974-9ac4-e53a884c97c1";

    /// <summary>Standard marking identifier by <c>tlpv2_level</c>.</summary>
    public static FrozenDictionary<string, string> IdByLevel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TLP:CLEAR"] = Clear,
        ["TLP:GREEN"] = Green,
        ["TLP:AMBER"] = Amber,
        ["TLP:AMBER+STRICT"] = AmberStrict,
        ["TLP:RED"] = Red,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
