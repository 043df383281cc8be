namespace Argus.Cacao.Model.Authentication;

/// <summary>The values of the open vocabulary authentication-info-type-ov (CACAO 6), plus the CSD03 type still used in the wild.</summary>
public static class AuthenticationInfoTypes
{
    /// <summary><c>http-basic</c>.</summary>
    public const string HttpBasic = "http-basic";

    /// <summary><c>oauth2</c>.</summary>
    public const string OAuth2 = "oauth2";

    /// <summary><c>user-auth</c>.</summary>
    public const string UserAuth = "user-auth";

    /// <summary><c>private-key</c>: CSD03 only, dropped by CS01 but still used (spec-notes §3.15).</summary>
    public const string PrivateKey = "private-key";
}
