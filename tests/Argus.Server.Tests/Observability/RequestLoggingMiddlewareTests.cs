using System.Text;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Observability;

public sealed class RequestLoggingMiddlewareTests
{
    [Fact]
    public async Task Logs_RequestsCarryingTokensVariablesAndDocuments_NeverContainThemButNameTheRequest()
    {
        using var capture = new CapturingLoggerProvider();
        await using var server = new ArgusServerFactory
        {
            ExtraLoggerProvider = capture,
            Overrides = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
        };
        var token = server.CreateToken("logan", "org-logs", ClassificationLevel.Secret, Role.Author);
        const string documentMarker = "document-marker-7f3a";
        const string variableMarker = "variable-marker-91bc";
        const string queryStringMarker = "querystring-marker-c2d4";

        await server.PostAsync("mutation($d: String!) { validateCacaoPlaybook(document: $d) { valid } }", token,
            new { d = "{\"name\":\"" + documentMarker + "\"}" });
        await server.PostAsync("query($v: String) { me { user } }", token, new { v = variableMarker });
        await server.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { user } }") + "&variables="
            + Uri.EscapeDataString("{\"x\":\"" + queryStringMarker + "\"}"), token);
        await server.SendAsync(HttpMethod.Post, "/graphql", token + "tampered",
            new StringContent("{\"query\":\"{ me { user } }\"}", Encoding.UTF8, "application/json"));

        var logs = string.Join("\n", capture.Entries);
        Assert.Contains("HTTP POST /graphql answered 200", logs, StringComparison.Ordinal);
        Assert.Contains("RequestId=", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..40], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(documentMarker, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(variableMarker, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(queryStringMarker, logs, StringComparison.Ordinal);
    }
}
