using System.Net;
using System.Text;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Http;

public sealed class GraphQlEndpointTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    [Fact]
    public async Task Post_NoToken_Answers401Unauthenticated()
    {
        var response = await server.PostAsync("{ me { user } }", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Post_IntrospectionWithoutToken_Answers401Unauthenticated()
    {
        var response = await server.PostAsync("{ __schema { queryType { name } } }", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_TypenameWithoutToken_Answers401Unauthenticated()
    {
        var response = await server.PostAsync("{ __typename }", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Post_IntrospectionWithToken_ReturnsSchema()
    {
        var token = server.CreateToken("ines", "org-introspect", ClassificationLevel.Unclassified);

        var response = await server.PostAsync("{ __schema { queryType { name } mutationType { name } } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data!.Value.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Me_ValidToken_ReturnsTheCallerFromTheClaims()
    {
        var token = server.CreateToken("alice", "org-me", ClassificationLevel.Secret, Role.Viewer, Role.Approver);

        var response = await server.PostAsync("{ me { user organization clearance roles } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var me = response.Data!.Value.GetProperty("me");
        Assert.Equal("alice", me.GetProperty("user").GetString());
        Assert.Equal("org-me", me.GetProperty("organization").GetString());
        Assert.Equal("SECRET", me.GetProperty("clearance").GetString());
        Assert.Equal(["VIEWER", "APPROVER"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
    }

    [Fact]
    public async Task ValidateCacaoPlaybook_InvalidDocument_ReturnsIssuesAsData()
    {
        var token = server.CreateToken("ann", "org-validate", ClassificationLevel.Unclassified, Role.Author);

        var response = await server.PostAsync(
            "mutation($d: String!) { validateCacaoPlaybook(document: $d) { valid errors { path code severity message } warnings { code } } }",
            token, new { d = "[1, 2]" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors);
        var result = response.Data!.Value.GetProperty("validateCacaoPlaybook");
        Assert.False(result.GetProperty("valid").GetBoolean());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("", error.GetProperty("path").GetString());
        Assert.Equal("type.mismatch", error.GetProperty("code").GetString());
        Assert.Equal("ERROR", error.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task ValidateCacaoPlaybook_MalformedJsonDocument_ReturnsIssuesNotGraphQlErrors()
    {
        var token = server.CreateToken("ann", "org-validate", ClassificationLevel.Unclassified, Role.Author);

        var response = await server.PostAsync(
            "mutation { validateCacaoPlaybook(document: \"{ not json\", strict: true) { valid errors { code } } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors);
        var result = response.Data!.Value.GetProperty("validateCacaoPlaybook");
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.NotEmpty(result.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task ValidateCacaoPlaybook_ViewerOnly_IsForbiddenAndNotExecuted()
    {
        var token = server.CreateToken("vic", "org-forbidden", ClassificationLevel.TopSecret, Role.Viewer);

        var response = await server.PostAsync("mutation { validateCacaoPlaybook(document: \"{}\") { valid } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Post_ForbiddenFieldWithGraphQlResponseMediaType_Answers400()
    {
        var token = server.CreateToken("vic", "org-forbidden", ClassificationLevel.TopSecret, Role.Viewer);

        var response = await server.PostAsync("mutation { validateCacaoPlaybook(document: \"{}\") { valid } }", token,
            accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_GraphQlResponseMediaTypeAccepted_AnswersInIt()
    {
        var token = server.CreateToken("gina", "org-media", ClassificationLevel.Unclassified);

        var response = await server.PostAsync("{ me { user } }", token, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
    }

    [Fact]
    public async Task Get_Query_Executes()
    {
        var token = server.CreateToken("gus", "org-get", ClassificationLevel.Restricted);

        var response = await server.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { user } }"), token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("gus", response.Data!.Value.GetProperty("me").GetProperty("user").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Answers405()
    {
        var token = server.CreateToken("gus", "org-get", ClassificationLevel.Restricted, Role.Author);
        var query = Uri.EscapeDataString("mutation { validateCacaoPlaybook(document: \"{}\") { valid } }");

        var response = await server.SendAsync(HttpMethod.Get, "/graphql?query=" + query, token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Put_Answers405()
    {
        var token = server.CreateToken("pat", "org-put", ClassificationLevel.Restricted);

        var response = await server.SendAsync(HttpMethod.Put, "/graphql", token,
            new StringContent("{\"query\":\"{ me { user } }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task Post_PlainTextBody_Answers415()
    {
        var token = server.CreateToken("tex", "org-text", ClassificationLevel.Restricted);

        var response = await server.SendAsync(HttpMethod.Post, "/graphql", token, new StringContent("{ me { user } }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }
}
