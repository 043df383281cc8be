using System.Collections.Concurrent;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim.Certificates;
using Argus.ActuatorSim.Http;
using Argus.ActuatorSim.Slpf;
using Argus.OpenC2.Transfer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Argus.ActuatorSim;

/// <summary>Starts the sandbox SLPF actuator on loopback HTTPS, in the calling process.</summary>
public static class ActuatorSimulator
{
    /// <summary>Starts listening and returns once the port is bound.</summary>
    /// <exception cref="ArgumentException">The address is not a loopback address, or mutual TLS lacks a client CA.</exception>
    public static async Task<RunningSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!System.Net.IPAddress.IsLoopback(options.Address))
        {
            throw new ArgumentException("The simulator listens on loopback addresses only.", nameof(options));
        }

        if (options.RequireClientCertificate && options.TrustedClientCertificateAuthority is null)
        {
            throw new ArgumentException("Mutual TLS needs TrustedClientCertificateAuthority.", nameof(options));
        }

        var ownsCertificate = options.ServerCertificate is null;
        var certificate = options.ServerCertificate ?? SimulatorCertificates.CreateSelfSignedServer(options.TimeProvider);
        var rules = new SlpfRuleTable();
        var received = new ConcurrentQueue<ReceivedRequest>();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "argus-actuator-sim" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(options);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Address, options.Port, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = certificate;
                // HTTPS transfer §3.1: TLS 1.2 or later only.
                https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                https.ClientCertificateMode = options.RequireClientCertificate
                    ? ClientCertificateMode.RequireCertificate
                    : ClientCertificateMode.NoCertificate;
                if (options.TrustedClientCertificateAuthority is { } authority)
                {
                    https.ClientCertificateValidation = (client, _, _) =>
                        OpenC2CertificateTrust.ChainsTo(client, [authority], OpenC2CertificateTrust.ClientAuthentication);
                }
            }));
        });

        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        var handler = new OpenC2RequestHandler(options, new SlpfActuator(rules), received, stopping);
        if (options.Transfer is SimulatorTransfer.Both or SimulatorTransfer.V1_1)
        {
            app.MapPost(OpenC2ContentTypes.WellKnownPath, (RequestDelegate)handler.HandleV1_1Async);
        }

        if (options.Transfer is SimulatorTransfer.Both or SimulatorTransfer.V1_0)
        {
            app.MapPost(options.V1_0Path, (RequestDelegate)handler.HandleV1_0Async);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no bound address.");
        var bound = new Uri(address);
        var baseUri = new UriBuilder("https", options.Address.ToString(), bound.Port).Uri;
        return new RunningSimulator(app, baseUri, options, certificate, ownsCertificate, rules, received);
    }
}
