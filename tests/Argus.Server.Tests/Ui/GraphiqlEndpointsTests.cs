using System.Net;
using System.Text.RegularExpressions;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Ui;

public sealed partial class GraphiqlEndpointsTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    [Fact]
    public async Task Page_Anonymous_ServesHtmlThatLoadsOnlyItsOwnBundle()
    {
        var response = await server.SendAsync(HttpMethod.Get, "/graphql/ui", token: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.MediaType);
        var sources = ScriptOrStyleSource().Matches(response.Text).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(["/graphql/ui/graphiql.css", "/graphql/ui/graphiql.js"], sources.Order(StringComparer.Ordinal));
        Assert.Contains("argus-token", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/ui/graphiql.js", "text/javascript")]
    [InlineData("/graphql/ui/graphiql.css", "text/css")]
    public async Task Bundle_Requested_IsServedWithItsMediaType(string path, string mediaType)
    {
        var response = await server.SendAsync(HttpMethod.Get, path, token: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.True(response.Text.Length > 10_000, "the committed GraphiQL bundle is served, not a stub");
    }

    [Fact]
    public async Task Bundle_Script_SendsTheStoredTokenAsBearerAndLoadsNothingFromElsewhere()
    {
        var response = await server.SendAsync(HttpMethod.Get, "/graphql/ui/graphiql.js", token: null);

        Assert.Contains("Bearer ", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("unpkg.com", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("esm.sh", response.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex ScriptOrStyleSource();
}
