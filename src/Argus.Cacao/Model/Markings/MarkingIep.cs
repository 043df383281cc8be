namespace Argus.Cacao.Model.Markings;

/// <summary>A FIRST Information Exchange Policy marking (<c>type</c> <c>marking-iep</c>, CACAO 9.4).</summary>
/// <remarks>The CS01 schema types this marking's <c>external_references</c> as a list of strings; such a list does not
/// fit <see cref="DataMarking.ExternalReferences"/> and is kept raw in <see cref="CacaoObject.Unknown"/>.</remarks>
public sealed record MarkingIep : DataMarking
{
    /// <summary>Creates a marking of type <c>marking-iep</c>.</summary>
    public MarkingIep()
        : base(DataMarkingTypes.MarkingIep)
    {
    }

    /// <summary>The TLP level of the policy (<c>tlp</c>).</summary>
    public string? Tlp { get; init; }

    /// <summary>The IEP version (<c>iep_version</c>).</summary>
    public int? IepVersion { get; init; }

    /// <summary>When the policy starts to apply (<c>start_date</c>).</summary>
    public string? StartDate { get; init; }

    /// <summary>When the policy stops applying (<c>end_date</c>).</summary>
    public string? EndDate { get; init; }

    /// <summary>The encrypt-in-transit policy, such as <c>must</c> (<c>encrypt_in_transit</c>).</summary>
    public string? EncryptInTransit { get; init; }

    /// <summary>The permitted-actions policy (<c>permitted_actions</c>).</summary>
    public string? PermittedActions { get; init; }

    /// <summary>The affected-party-notifications policy (<c>affected_party_notifications</c>).</summary>
    public string? AffectedPartyNotifications { get; init; }

    /// <summary>The attribution policy (<c>attribution</c>).</summary>
    public string? Attribution { get; init; }

    /// <summary>The unmodified-resale policy (<c>unmodified_resale</c>).</summary>
    public string? UnmodifiedResale { get; init; }
}
