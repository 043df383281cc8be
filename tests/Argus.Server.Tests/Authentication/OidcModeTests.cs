using System.Net;
using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.Authentication;

public sealed class OidcModeTests
{
    [Fact]
    public async Task Post_AuthorityConfigured_LocalTokensAreNoLongerAccepted()
    {
        await using var server = new ArgusServerFactory
        {
            Overrides = new Dictionary<string, string?>
            {
                // A loopback authority that answers nothing: no provider key can be fetched, so nothing validates.
                ["Argus:Authentication:Authority"] = "http://127.0.0.1:9/realms/argus",
                ["Argus:Authentication:Audience"] = "argus-api",
                ["Argus:Authentication:RequireHttpsMetadata"] = "false",
            },
        };
        _ = server.Server;
        var localKey = await LocalSigningKeyStore.LoadOrCreateAsync(server.DataDirectory, TestContext.Current.CancellationToken);
        var localToken = LocalTokenIssuer.Create(localKey,
            new TokenRequest("local-admin", "local", ClassificationLevel.TopSecret, [.. Enum.GetValues<Role>()], TimeSpan.FromHours(1)),
            TimeProvider.System);

        var response = await server.PostAsync("{ me { user } }", localToken);

        Assert.Null(server.Services.GetRequiredService<LocalSigningKeyProvider>().Current);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public void Start_AuthorityWithoutAudience_FailsOptionValidation()
    {
        using var server = new ArgusServerFactory
        {
            Overrides = new Dictionary<string, string?> { ["Argus:Authentication:Authority"] = "https://127.0.0.1:9/realms/argus" },
        };

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        Assert.Contains("Audience", failure.ToString(), StringComparison.Ordinal);
    }
}
