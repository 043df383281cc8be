using System.Net;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Http;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Post_MoreRequestsThanOneTokenMayMake_Answers429WithGraphQlErrorWhileAnotherTokenStillPasses()
    {
        await using var server = new ArgusServerFactory
        {
            Overrides = new Dictionary<string, string?> { ["Argus:Limits:RequestsPerMinute"] = "2" },
        };
        var busy = server.CreateToken("busy", "org-rate", ClassificationLevel.Unclassified);
        var other = server.CreateToken("calm", "org-rate", ClassificationLevel.Unclassified);

        var answers = new List<GraphQlResponse>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await server.PostAsync("{ me { user } }", busy));
        }

        var otherAnswer = await server.PostAsync("{ me { user } }", other);

        var limited = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, a => Assert.Equal(["RATE_LIMITED"], a.ErrorCodes));
        Assert.Equal(HttpStatusCode.OK, otherAnswer.Status);
    }
}
