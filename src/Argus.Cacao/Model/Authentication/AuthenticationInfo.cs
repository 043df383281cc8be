using System.Text.Json;

namespace Argus.Cacao.Model.Authentication;

/// <summary>Authentication information (CACAO 6), the value of an <c>authentication_info_definitions</c> entry keyed
/// by its identifier, for every type: http-basic, oauth2, user-auth, the CSD03 private-key and custom ones.</summary>
/// <remarks>
/// One record with a <see cref="Type"/> string. This object holds secrets: never log or export it whole.
/// </remarks>
public sealed record AuthenticationInfo : CacaoObject
{
    /// <summary>The type (<c>type</c>); see <see cref="AuthenticationInfoTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The user id of http-basic (<c>user_id</c>).</summary>
    public string? UserId { get; init; }

    /// <summary>The user name of user-auth and private-key (<c>username</c>).</summary>
    public string? Username { get; init; }

    /// <summary>The password of http-basic and user-auth (<c>password</c>).</summary>
    public string? Password { get; init; }

    /// <summary>The OAuth2 header name (<c>oauth_header</c>).</summary>
    public string? OAuthHeader { get; init; }

    /// <summary>The OAuth2 token (<c>token</c>).</summary>
    public string? Token { get; init; }

    /// <summary>The private key of the CSD03 private-key type (<c>private_key</c>).</summary>
    public string? PrivateKey { get; init; }

    /// <summary>Whether the secret lives in a key management system (<c>kms</c>).</summary>
    public bool? Kms { get; init; }

    /// <summary>The key identifier in the key management system (<c>kms_key_identifier</c>).</summary>
    public string? KmsKeyIdentifier { get; init; }

    /// <summary>Extension values as raw JSON objects keyed by extension-definition identifier
    /// (<c>authentication_info_extensions</c>).</summary>
    public OrderedMap<JsonElement>? AuthenticationInfoExtensions { get; init; }
}
