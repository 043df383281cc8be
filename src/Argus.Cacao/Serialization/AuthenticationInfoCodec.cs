using Argus.Cacao.Model.Authentication;

namespace Argus.Cacao.Serialization;

/// <summary>The codec of <see cref="AuthenticationInfo"/> (CACAO 6), for every authentication type.</summary>
internal static class AuthenticationInfoCodec
{
    public static ObjectCodec<AuthenticationInfo> AuthenticationInfo { get; } =
        new ObjectCodec<AuthenticationInfo>(() => new AuthenticationInfo())
            .Add("type", JsonCodecs.String, a => a.Type, (a, v) => a with { Type = v })
            .Add("name", JsonCodecs.String, a => a.Name, (a, v) => a with { Name = v })
            .Add("description", JsonCodecs.String, a => a.Description, (a, v) => a with { Description = v })
            .Add("user_id", JsonCodecs.String, a => a.UserId, (a, v) => a with { UserId = v })
            .Add("username", JsonCodecs.String, a => a.Username, (a, v) => a with { Username = v })
            .Add("password", JsonCodecs.String, a => a.Password, (a, v) => a with { Password = v })
            .Add("oauth_header", JsonCodecs.String, a => a.OAuthHeader, (a, v) => a with { OAuthHeader = v })
            .Add("token", JsonCodecs.String, a => a.Token, (a, v) => a with { Token = v })
            .Add("private_key", JsonCodecs.String, a => a.PrivateKey, (a, v) => a with { PrivateKey = v })
            .AddValue("kms", JsonCodecs.Boolean, a => a.Kms, (a, v) => a with { Kms = v })
            .Add("kms_key_identifier", JsonCodecs.String, a => a.KmsKeyIdentifier, (a, v) => a with { KmsKeyIdentifier = v })
            .Add("authentication_info_extensions", JsonCodecs.RawMap, a => a.AuthenticationInfoExtensions,
                (a, v) => a with { AuthenticationInfoExtensions = v });
}
