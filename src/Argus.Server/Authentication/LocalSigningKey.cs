using Microsoft.IdentityModel.Tokens;

namespace Argus.Server.Authentication;

/// <summary>The ES256 key that signs and verifies local tokens.</summary>
/// <param name="Key">The P-256 key, with its <c>KeyId</c> set.</param>
public sealed record LocalSigningKey(ECDsaSecurityKey Key)
{
    /// <summary>The <c>iss</c> of local tokens.</summary>
    public const string Issuer = "argus-local";

    /// <summary>The <c>aud</c> of local tokens.</summary>
    public const string Audience = "argus";

    /// <summary>The file holding the key inside the data directory.</summary>
    public const string FileName = "signing-key.pem";
}
