using Argus.Server.Hosting;
using Argus.Server.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Argus.Server;

/// <summary>Builds the Argus HTTP host. <c>argus serve</c> uses <see cref="CreateBuilder"/> and <see cref="Build"/>;
/// tests use <see cref="CreateHostBuilder"/> through <c>WebApplicationFactory&lt;ArgusServer&gt;</c>. Both compose
/// the same services (<see cref="ArgusServiceCollectionExtensions.AddArgusServer"/>) and pipeline
/// (<see cref="ArgusApplicationBuilderExtensions.UseArgusServer"/>).</summary>
public sealed class ArgusServer
{
    private ArgusServer()
    {
    }

    /// <summary>A web application builder with Argus's configuration layers, logging and services.</summary>
    public static WebApplicationBuilder CreateBuilder(ArgusServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddArgus(settings);
        // --urls wins (it is the last "urls" layer), then ARGUS_URLS, then appsettings' "urls", then the loopback default.
        builder.WebHost.UseUrls(settings.Urls ?? builder.Configuration["Argus:Urls"] ?? builder.Configuration["urls"]
            ?? ArgusServerSettings.DefaultUrls);
        builder.Logging.AddArgusLogging();
        builder.Services.AddArgusServer();
        return builder;
    }

    /// <summary>Builds the application with the Argus pipeline and endpoints.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseArgusServer();
        return app;
    }

    /// <summary>The same host on the generic host builder, for <c>WebApplicationFactory&lt;ArgusServer&gt;</c>.</summary>
    public static IHostBuilder CreateHostBuilder(ArgusServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddArgus(settings))
            .ConfigureLogging(logging => logging.AddArgusLogging())
            .ConfigureWebHost(web => web
                .ConfigureServices(services => services.AddArgusServer())
                .Configure(app => app.UseArgusServer()));
    }
}
