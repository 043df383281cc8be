using System.Collections.Immutable;

namespace Argus.Cacao.Model;

/// <summary>A JSON security signature over the playbook (CACAO 10.15, <c>type</c> <c>jss</c>).</summary>
/// <remarks>Timestamps are kept as the strings read, so that they round-trip byte for byte.</remarks>
public sealed record Signature : CacaoObject
{
    /// <summary>The object type (<c>type</c>; the spec requires <c>jss</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The signature identifier (<c>id</c>, <c>jss--UUID</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The identity that created the signature (<c>created_by</c>).</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Creation time (<c>created</c>).</summary>
    public string? Created { get; init; }

    /// <summary>Modification time (<c>modified</c>).</summary>
    public string? Modified { get; init; }

    /// <summary>Whether the signature is revoked (<c>revoked</c>).</summary>
    public bool? Revoked { get; init; }

    /// <summary>The name of the signing party (<c>signee</c>).</summary>
    public string? Signee { get; init; }

    /// <summary>Start of validity (<c>valid_from</c>).</summary>
    public string? ValidFrom { get; init; }

    /// <summary>End of validity (<c>valid_until</c>).</summary>
    public string? ValidUntil { get; init; }

    /// <summary>The signed playbook's identifier (<c>related_to</c>).</summary>
    public string? RelatedTo { get; init; }

    /// <summary>The signed playbook's <c>modified</c> value (<c>related_version</c>).</summary>
    public string? RelatedVersion { get; init; }

    /// <summary>The IANA hash algorithm name, such as <c>sha-256</c> (<c>hash_algorithm</c>).</summary>
    public string? HashAlgorithm { get; init; }

    /// <summary>The signature algorithm, such as <c>RS256</c> (<c>algorithm</c>, signature-algorithm-type-ov).</summary>
    public string? Algorithm { get; init; }

    /// <summary>The public key, a PEM body without header and footer (<c>public_key</c>).</summary>
    public string? PublicKey { get; init; }

    /// <summary>The certificate chain, as x5c (<c>public_cert_chain</c>).</summary>
    public ImmutableArray<string>? PublicCertChain { get; init; }

    /// <summary>Where the certificate is fetched, as x5u (<c>cert_url</c>).</summary>
    public string? CertUrl { get; init; }

    /// <summary>The certificate thumbprint, as x5t#S256 (<c>thumbprint</c>).</summary>
    public string? Thumbprint { get; init; }

    /// <summary>The base64url signature value (<c>value</c>).</summary>
    public string? Value { get; init; }

    /// <summary>A countersignature over this signature (<c>signature</c>).</summary>
    public Signature? Countersignature { get; init; }
}
