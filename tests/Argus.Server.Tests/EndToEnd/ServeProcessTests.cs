using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Argus.Server.Tests.EndToEnd;

/// <summary>The real <c>argus serve</c> process on a free loopback port, queried over HTTP with a token made by the
/// real <c>argus token create</c> process.</summary>
public sealed class ServeProcessTests
{
    // Bounds every wait on a child process so the test always stops by itself (not a timing assertion).
    private static readonly TimeSpan ProcessBound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Serve_TokenFromTokenCreate_AnswersMeOverHttpAndPrintsAWorkingAdminToken()
    {
        var data = Path.Combine(Path.GetTempPath(), "argus-e2e", Guid.NewGuid().ToString("N"));
        var baseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(ProcessBound);
        try
        {
            using var serve = Support.ArgusProcess.Start("serve", "--urls", baseUrl, "--data", data);
            var graphiqlLine = await serve.ReadLineUntilAsync(l => l.StartsWith("GraphiQL:", StringComparison.Ordinal), bounded.Token);
            await serve.ReadLineUntilAsync(l => l.StartsWith("Admin token", StringComparison.Ordinal), bounded.Token);
            // JSON log lines may interleave with the banner; the token is the next line that is a JWT.
            var adminToken = (await serve.ReadLineUntilAsync(l => l.StartsWith("eyJ", StringComparison.Ordinal), bounded.Token))?.Trim();

            var (exitCode, tokenOutput) = await Support.ArgusProcess.RunAsync(bounded.Token,
                "token", "create", "--data", data, "--org", "e2e-org", "--user", "alice", "--clearance", "SECRET",
                "--role", "viewer", "--role", "author", "--expires", "10m");

            Assert.Equal($"GraphiQL: {baseUrl}/graphql/ui", graphiqlLine);
            Assert.Equal(0, exitCode);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            var me = await QueryMeAsync(http, tokenOutput.Trim(), bounded.Token);
            Assert.Equal("alice", me.GetProperty("user").GetString());
            Assert.Equal("e2e-org", me.GetProperty("organization").GetString());
            Assert.Equal("SECRET", me.GetProperty("clearance").GetString());
            Assert.Equal(["VIEWER", "AUTHOR"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());

            Assert.False(string.IsNullOrEmpty(adminToken));
            var admin = await QueryMeAsync(http, adminToken, bounded.Token);
            Assert.Equal("local", admin.GetProperty("organization").GetString());
            Assert.Equal("TOP_SECRET", admin.GetProperty("clearance").GetString());
            Assert.Equal(adminToken, (await File.ReadAllTextAsync(Path.Combine(data, "admin-token"), bounded.Token)).Trim());
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "admin-token")));
            }

            using var anonymous = await http.PostAsync("/graphql",
                new StringContent("{\"query\":\"{ me { user } }\"}", Encoding.UTF8, "application/json"), bounded.Token);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<JsonElement> QueryMeAsync(HttpClient http, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ me { user organization clearance roles } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        return body.GetProperty("data").GetProperty("me").Clone();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
