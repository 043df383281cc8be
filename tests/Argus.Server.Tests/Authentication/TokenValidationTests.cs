using System.Net;
using System.Security.Cryptography;
using System.Text;
using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Argus.Server.Tests.Authentication;

/// <summary>Tokens the server must refuse: every one answers 401 UNAUTHENTICATED and runs nothing.</summary>
public sealed class TokenValidationTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    [Fact]
    public async Task Post_ExpiredToken_Answers401()
    {
        var issuedLongAgo = new FixedTimeProvider(DateTimeOffset.UtcNow.AddHours(-3));
        var token = server.CreateToken(new TokenRequest("old", "org-expired", ClassificationLevel.Secret, [Role.Viewer], TimeSpan.FromHours(1)),
            issuedLongAgo);

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task Post_TokenSignedByAnotherKey_Answers401()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var foreignKey = new LocalSigningKey(new ECDsaSecurityKey(ecdsa) { KeyId = "foreign" });
        var token = LocalTokenIssuer.Create(foreignKey,
            new TokenRequest("mallory", "org-forged", ClassificationLevel.TopSecret, [.. Enum.GetValues<Role>()], TimeSpan.FromHours(1)),
            TimeProvider.System);

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task Post_TokenWithAlteredPayload_Answers401()
    {
        var genuine = server.CreateToken("eve", "org-altered", ClassificationLevel.Unclassified, Role.Viewer);
        var parts = genuine.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("UNCLASSIFIED", "TOP_SECRET", StringComparison.Ordinal);
        var altered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        await AssertRefusedAsync(altered);
    }

    [Fact]
    public async Task Post_UnsignedAlgNoneToken_Answers401()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode(
            $"{{\"sub\":\"eve\",\"org\":\"org-none\",\"clearance\":\"TOP_SECRET\",\"roles\":[\"admin\"],\"iss\":\"{LocalSigningKey.Issuer}\",\"aud\":\"{LocalSigningKey.Audience}\",\"exp\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}");

        await AssertRefusedAsync($"{header}.{payload}.");
    }

    [Fact]
    public async Task Post_GarbageToken_Answers401()
    {
        await AssertRefusedAsync("this-is-not-a-jwt");
    }

    [Fact]
    public async Task Post_SignedTokenWithoutOrganization_Answers401()
    {
        var key = await LocalSigningKeyStore.LoadOrCreateAsync(server.DataDirectory, TestContext.Current.CancellationToken);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalSigningKey.Issuer,
            Audience = LocalSigningKey.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.EcdsaSha256),
            Claims = new Dictionary<string, object> { ["sub"] = "nobody", ["clearance"] = "SECRET", ["roles"] = new[] { "admin" } },
        });

        await AssertRefusedAsync(token);
    }

    private async Task AssertRefusedAsync(string token)
    {
        var response = await server.PostAsync("mutation { validateCacaoPlaybook(document: \"{}\") { valid } }", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }
}
