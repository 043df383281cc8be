using System.Collections.Immutable;
using System.CommandLine;
using Argus.Server;
using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Argus.Server.Executions;
using Argus.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Argus.Cli.Commands;

/// <summary><c>argus serve [--urls URLS] [--data DIR] [--database CONN]</c>: runs the GraphQL API and the execution
/// worker until stopped and prints where it listens plus an admin token for the local organisation.</summary>
internal static class ServeCommand
{
    public const string LocalOrganization = "local";
    public const string AdminTokenFile = "admin-token";
    private static readonly TimeSpan AdminTokenLifetime = TimeSpan.FromDays(30);

    public static Option<string> DataOption() => new("--data")
    {
        Description = "The data directory (signing key, admin token, SQLite database).",
        DefaultValueFactory = _ => "argus-data",
    };

    public static Command Build()
    {
        var urls = new Option<string?>("--urls") { Description = $"Listen URLs (default {ArgusServerSettings.DefaultUrls})." };
        var data = new Option<string?>("--data") { Description = "The data directory (default ./argus-data)." };
        var database = new Option<string?>("--database") { Description = "A database connection string (default SQLite in the data directory)." };
        var command = new Command("serve", "Run the Argus GraphQL API and execution worker.") { urls, data, database };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(new ArgusServerSettings(parse.GetValue(urls), parse.GetValue(data), parse.GetValue(database)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ArgusServerSettings settings, CancellationToken cancellationToken)
    {
        var app = ArgusServer.Build(ArgusServer.CreateBuilder(settings));
        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var baseUrl = ListeningAddress(app);
            await Console.Out.WriteLineAsync($"Argus is listening on {baseUrl}").ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"GraphQL:  {baseUrl}{ArgusApplicationBuilderExtensions.GraphQlPath}").ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"GraphiQL: {baseUrl}{ArgusApplicationBuilderExtensions.GraphiqlPath}").ConfigureAwait(false);
            await Console.Out.WriteLineAsync(ExecutionsLine(app.Services)).ConfigureAwait(false);
            await PrintAdminTokenAsync(app.Services, cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ArgusCommandLine.Success;
    }

    /// <summary>Whether this process runs executions, under which worker id and how many at a time.</summary>
    private static string ExecutionsLine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ExecutionWorkerOptions>>().Value;
        return options.Enabled
            ? $"Executions: worker {services.GetRequiredService<ExecutionWorker>().WorkerId}, {options.MaxConcurrent} at a time"
            : $"Executions: no worker in this process ({ExecutionWorkerOptions.Section}:Enabled is false)";
    }

    private static string ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return (addresses?.FirstOrDefault() ?? ArgusServerSettings.DefaultUrls).TrimEnd('/');
    }

    private static async Task PrintAdminTokenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<LocalSigningKeyProvider>().Current is not { } key)
        {
            await Console.Out.WriteLineAsync("Tokens come from the configured identity provider (OIDC); no local admin token.")
                .ConfigureAwait(false);
            return;
        }

        var dataDirectory = services.GetRequiredService<IOptions<ArgusServerOptions>>().Value.DataDirectory;
        var request = new TokenRequest("admin", LocalOrganization, ClassificationLevel.TopSecret,
            [.. Enum.GetValues<Role>()], AdminTokenLifetime);
        var token = LocalTokenIssuer.Create(key, request, services.GetRequiredService<TimeProvider>());
        var path = Path.GetFullPath(Path.Combine(dataDirectory, AdminTokenFile));
        await DataDirectory.WriteOwnerOnlyAsync(path, token + "\n", cancellationToken).ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"Admin token for organisation '{LocalOrganization}' (TOP_SECRET, all roles; also in {path}):")
            .ConfigureAwait(false);
        await Console.Out.WriteLineAsync(token).ConfigureAwait(false);
    }
}
