using System.Net;
using System.Text;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Http;

/// <summary>Hostile and broken requests: each is a clean 4xx or a GraphQL error, never a 500, and writes nothing.</summary>
public sealed class HostileRequestTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    public static TheoryData<string, int, string> MalformedBodies() => new()
    {
        { "{\"query\": ", 400, "BAD_REQUEST" },
        { "not json at all", 400, "BAD_REQUEST" },
        { "[{\"query\":\"{ me { user } }\"}]", 400, "BAD_REQUEST" },
        { "\"{ me { user } }\"", 400, "BAD_REQUEST" },
        { "{}", 400, "BAD_REQUEST" },
        { "{\"query\": 42}", 400, "BAD_REQUEST" },
        { "{\"query\": \"{ me { user } }\", \"variables\": [1]}", 400, "BAD_REQUEST" },
        { "{\"query\": \"{ me { user } }\", \"operationName\": {}}", 400, "BAD_REQUEST" },
        { new string('[', 5000), 400, "BAD_REQUEST" },
        // JSON the parser accepts but whose text cannot be decoded: escaped lone surrogates.
        { "{\"query\": \"{ me { user } }\\ud800\"}", 400, "BAD_REQUEST" },
        { "{\"query\": \"{ me { user } }\", \"operationName\": \"\\udc00\"}", 400, "BAD_REQUEST" },
        { "{\"query\": \"mutation($d: String!) { validateCacaoPlaybook(document: $d) { valid } }\", \"variables\": {\"d\": \"\\ud800\"}}", 400, "BAD_REQUEST" },
        { "{\"query\": \"{ me { user } }\", \"variables\": {\"\\ud800\": 1}}", 400, "BAD_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_MalformedBody_Answers4xxWithGraphQlShapedError(string body, int status, string code)
    {
        var token = server.CreateAdminToken();

        var response = await server.SendAsync(HttpMethod.Post, "/graphql", token, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode)status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_BodyWithBytesThatAreNotUtf8_Answers400()
    {
        var token = server.CreateAdminToken();
        byte[] body = [.. "{\"query\": \"mutation($d: String!) { validateCacaoPlaybook(document: $d) { valid } }\", \"variables\": {\"d\": \"a"u8, 0xFF, .. "\"}}"u8];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await server.SendAsync(HttpMethod.Post, "/graphql", token, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_VariablesEscapingALoneSurrogate_Answers400()
    {
        var token = server.CreateAdminToken();
        var url = "/graphql?query=" + Uri.EscapeDataString("query($n: String!) { __type(name: $n) { name } }")
            + "&variables=" + Uri.EscapeDataString("{\"n\": \"\\ud800\"}");

        var response = await server.SendAsync(HttpMethod.Get, url, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_GraphQlStringLiteralEscapingALoneSurrogate_IsAnInvalidUnicodeIssueNotAReplacement()
    {
        var token = server.CreateAdminToken();
        // The GraphQL literal's own escape, which the JSON body carries as plain text: the document reaches the
        // validator holding a lone surrogate, which an encoder would silently replace with U+FFFD.
        const string Query = "mutation { validateCacaoPlaybook(document: \"{\\\"name\\\": \\\"a\\uD800\\\"}\") { valid errors { code path } } }";

        var response = await server.PostAsync(Query, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var result = response.Data!.Value.GetProperty("validateCacaoPlaybook");
        Assert.False(result.GetProperty("valid").GetBoolean());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("json.invalid-unicode", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_ImportOfAGraphQlStringLiteralEscapingALoneSurrogate_IsRejectedAsInvalidUnicode()
    {
        var token = server.CreateAdminToken();
        const string Query = "mutation { importCacaoPlaybook(document: \"{\\\"name\\\": \\\"a\\uD800\\\"}\") { outcome issues { code path } } }";

        var response = await server.PostAsync(Query, token);

        var result = response.Data!.Value.GetProperty("importCacaoPlaybook");
        Assert.Equal("REJECTED", result.GetProperty("outcome").GetString());
        var issue = Assert.Single(result.GetProperty("issues").EnumerateArray());
        Assert.Equal("json.invalid-unicode", issue.GetProperty("code").GetString());
        Assert.Equal("", issue.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413()
    {
        var token = server.CreateAdminToken();
        var huge = "{\"query\":\"{ me { user } }\",\"variables\":{\"pad\":\"" + new string('x', 5 * 1024 * 1024) + "\"}}";

        var response = await server.SendAsync(HttpMethod.Post, "/graphql", token, new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_QueryDeeperThanTheLimit_IsRejectedBeforeExecution()
    {
        var token = server.CreateAdminToken();
        var nested = string.Concat(Enumerable.Repeat("ofType { ", 30)) + "name" + string.Concat(Enumerable.Repeat(" }", 30));

        var response = await server.PostAsync("{ __type(name: \"Query\") { " + nested + " } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data);
        Assert.NotEmpty(response.ErrorCodes);
    }

    [Fact]
    public async Task Post_IntrospectionRepeatedByAliases_IsRejectedByComplexity()
    {
        var token = server.CreateAdminToken();
        var aliases = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"a{i}: __schema {{ types {{ name fields {{ name }} }} }}"));

        var response = await server.PostAsync("{ " + aliases + " }", token);

        Assert.Null(response.Data);
        Assert.Contains("COMPLEXITY", response.ErrorCodes);
    }

    [Fact]
    public async Task Post_VariableOfTheWrongType_IsAGraphQlError()
    {
        var token = server.CreateAdminToken();

        var response = await server.PostAsync("mutation($d: String!) { validateCacaoPlaybook(document: $d) { valid } }", token,
            new { d = new { nested = 5 } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data);
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_SyntaxError_IsAGraphQlError()
    {
        var token = server.CreateAdminToken();

        var response = await server.PostAsync("{ me { user ", token, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.True(response.HasErrors);
    }

    [Fact]
    public async Task Get_VariablesNotJson_Answers400()
    {
        var token = server.CreateAdminToken();

        var response = await server.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { user } }") + "&variables=%7Bnope", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_NoQuery_Answers400()
    {
        var token = server.CreateAdminToken();

        var response = await server.SendAsync(HttpMethod.Get, "/graphql", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task HostileRequests_All_WriteNothingToTheDataDirectory()
    {
        var token = server.CreateAdminToken();
        var before = Snapshot();

        await server.SendAsync(HttpMethod.Post, "/graphql", token, new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));
        await server.PostAsync("mutation($d: String!) { validateCacaoPlaybook(document: $d) { valid } }", token, new { d = 5 });
        await server.PostAsync("mutation { validateCacaoPlaybook(document: \"{}\") { valid } }", "forged.token.value");
        await server.PostAsync("{ me { user } }", token: null);

        Assert.Equal(before, Snapshot());
    }

    // Files are compared by size and time, except the SQLite database: its size changes whenever SQLite checkpoints
    // its write-ahead log, whether or not anything new was written. Its tables are compared by row count instead.
    private string Snapshot()
    {
        var files = Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("argus.db", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}");
        return string.Join("\n", files.Concat(DatabaseRowCounts()));
    }

    private IEnumerable<string> DatabaseRowCounts()
    {
        var database = Path.Combine(server.DataDirectory, "argus.db");
        if (!File.Exists(database))
        {
            return [];
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.Select(table =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            return $"{table}: {count.ExecuteScalar()} rows";
        }).ToList();
    }
}
