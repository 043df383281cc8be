using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Argus.Server.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Argus.Server.Tests.Support;

/// <summary>The real Argus host in memory (<see cref="ArgusServer.CreateHostBuilder"/>) with its own temporary
/// data directory, plus helpers to mint tokens and send GraphQL requests.</summary>
/// <remarks>WebApplicationFactory insists that its type argument live in an assembly with an entry point; the server
/// is a library, so the test assembly (an executable) is named here while <see cref="CreateHostBuilder"/> supplies
/// the whole host from <see cref="ArgusServer"/>.</remarks>
public sealed class ArgusServerFactory : WebApplicationFactory<ArgusServerFactory>
{
    /// <summary>Configuration applied last (limits for a test), keyed like <c>Argus:Limits:RequestsPerMinute</c>.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>A logging provider added beside the host's own (the host's level filters still apply).</summary>
    public ILoggerProvider? ExtraLoggerProvider { get; init; }

    /// <summary>Service replacements applied after the host's own registrations.</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "argus-server-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A token signed with this host's local key.</summary>
    public string CreateToken(string user, string organization, ClassificationLevel clearance, params Role[] roles) =>
        CreateToken(new TokenRequest(user, organization, clearance, [.. roles], TimeSpan.FromHours(1)), TimeProvider.System);

    public string CreateToken(TokenRequest request, TimeProvider timeProvider)
    {
        EnsureStarted();
        var key = Services.GetRequiredService<LocalSigningKeyProvider>().Current
            ?? throw new InvalidOperationException("The host has no local signing key.");
        return LocalTokenIssuer.Create(key, request, timeProvider);
    }

    /// <summary>A token for a fresh user of a fresh organisation with every role and TOP_SECRET clearance.</summary>
    public string CreateAdminToken() =>
        CreateToken("admin-" + Guid.NewGuid().ToString("N"), "org-" + Guid.NewGuid().ToString("N"), ClassificationLevel.TopSecret,
            Enum.GetValues<Role>());

    public Task<GraphQlResponse> PostAsync(string query, string? token, object? variables = null, string? accept = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return SendAsync(HttpMethod.Post, "/graphql", token, new StringContent(body, Encoding.UTF8, "application/json"), accept);
    }

    public async Task<GraphQlResponse> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null, string? accept = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new GraphQlResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    protected override IHostBuilder CreateHostBuilder()
    {
        // Quiet test output: warnings and errors only, unless a test overrides it.
        var overrides = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var (key, value) in Overrides)
        {
            overrides[key] = value;
        }

        return ArgusServer.CreateHostBuilder(new ArgusServerSettings(DataDirectory: DataDirectory) { Overrides = overrides });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory); // not the solution-relative guess, which has no such folder
        if (ReplaceServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }

        if (ExtraLoggerProvider is { } provider)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(provider));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private void EnsureStarted() => _ = Server;
}
