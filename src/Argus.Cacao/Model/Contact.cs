namespace Argus.Cacao.Model;

/// <summary>How to reach a group, individual or organization (CACAO 10.4 contact).</summary>
public sealed record Contact : CacaoObject
{
    /// <summary>E-mail addresses keyed by a label such as <c>work</c> (<c>email</c>).</summary>
    public OrderedMap<string>? Email { get; init; }

    /// <summary>Phone numbers keyed by a label (<c>phone</c>).</summary>
    public OrderedMap<string>? Phone { get; init; }

    /// <summary>Free-form contact details (<c>contact_details</c>).</summary>
    public string? ContactDetails { get; init; }
}
