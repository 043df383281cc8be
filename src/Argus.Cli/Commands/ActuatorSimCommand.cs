using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim;
using Argus.ActuatorSim.Certificates;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus actuator-sim</c>: runs the sandbox SLPF actuator on loopback HTTPS until Ctrl+C, printing its URLs and
/// certificate fingerprint and, with <c>--cert-out</c>, writing the PEM files a producer needs to trust it.
/// </summary>
internal static class ActuatorSimCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 = any free port).", DefaultValueFactory = _ => 8443 };
        var transfer = new Option<string?>("--transfer") { Description = "Answer only HTTPS transfer 1.1 or 1.0 (default: both)." };
        transfer.AcceptOnlyFromAmong("1.1", "1.0");
        var v10Path = new Option<string>("--v10-path") { Description = "Path for v1.0 commands.", DefaultValueFactory = _ => "/openc2" };
        var requireClientCert = new Option<bool>("--require-client-cert")
        {
            Description = "Demand a client certificate (mutual TLS) issued by --client-ca, or by a CA generated now and written to --cert-out.",
        };
        var clientCa = new Option<FileInfo?>("--client-ca") { Description = "PEM file of the CA client certificates must chain to." };
        var certFile = new Option<FileInfo?>("--cert") { Description = "Server certificate PEM file to use instead of a generated one (with --key)." };
        var keyFile = new Option<FileInfo?>("--key") { Description = "Private key PEM file of --cert." };
        var certOut = new Option<DirectoryInfo?>("--cert-out") { Description = "Folder to write the server certificate (PEM) and generated client credentials to." };
        var bearer = new Option<string?>("--bearer") { Description = "Require 'Authorization: Bearer <token>'." };
        var http200 = new Option<bool>("--http-200") { Description = "Quirk: HTTP 200 whatever the OpenC2 status in the body." };
        var noContent = new Option<bool>("--no-content-for-none") { Description = "Quirk: HTTP 204 without body for response_requested: none." };
        var ack102 = new Option<bool>("--ack-102") { Description = "Quirk: body status 102 for response_requested: ack." };
        var exactType = new Option<bool>("--exact-content-type") { Description = "Quirk: Content-Type must match the spec string byte for byte (else 400)." };
        var hangMs = new Option<int>("--hang-ms") { Description = "Quirk: wait this many milliseconds before answering." };
        var noRequestId = new Option<bool>("--no-request-id-header") { Description = "Quirk: do not echo X-Request-ID." };

        var command = new Command("actuator-sim", "Run a sandbox OpenC2 SLPF actuator on https://127.0.0.1 for exercises and tests.")
        {
            port, transfer, v10Path, requireClientCert, clientCa, certFile, keyFile, certOut, bearer, http200, noContent, ack102, exactType, hangMs, noRequestId,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new SimulatorSettings(
                parseResult.GetValue(port),
                parseResult.GetValue(transfer) switch { "1.1" => SimulatorTransfer.V1_1, "1.0" => SimulatorTransfer.V1_0, _ => SimulatorTransfer.Both },
                parseResult.GetValue(v10Path) ?? "/openc2",
                parseResult.GetValue(requireClientCert),
                parseResult.GetValue(clientCa),
                parseResult.GetValue(certOut),
                parseResult.GetValue(bearer),
                parseResult.GetValue(certFile),
                parseResult.GetValue(keyFile));
            var quirks = new SimulatorOptions
            {
                BodyStatusDiffersFromHttpStatus = parseResult.GetValue(http200),
                NoContentForResponseRequestedNone = parseResult.GetValue(noContent),
                ProcessingForAck = parseResult.GetValue(ack102),
                ExactContentTypeMatch = parseResult.GetValue(exactType),
                HangFor = parseResult.GetValue(hangMs) is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) : null,
                OmitRequestIdHeader = parseResult.GetValue(noRequestId),
            };
            return RunAsync(parseResult, settings, quirks, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, SimulatorSettings settings, SimulatorOptions quirks,
        CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (settings.RequireClientCertificate && settings.ClientCa is null && settings.CertOut is null)
        {
            await error.WriteLineAsync("argus actuator-sim: --require-client-cert needs --client-ca FILE or --cert-out DIR.").ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }

        if ((settings.CertFile is null) != (settings.KeyFile is null))
        {
            await error.WriteLineAsync("argus actuator-sim: give --cert and --key together.").ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }

        X509Certificate2? clientAuthority = null;
        X509Certificate2? serverCertificate = null;
        try
        {
            if (settings.CertFile is { } certFile && settings.KeyFile is { } keyFile)
            {
                var certPem = await File.ReadAllTextAsync(certFile.FullName, cancellationToken).ConfigureAwait(false);
                var keyPem = await File.ReadAllTextAsync(keyFile.FullName, cancellationToken).ConfigureAwait(false);
                using var loaded = X509Certificate2.CreateFromPem(certPem, keyPem);
                // SslStream wants a persisted key form on every platform: a PKCS#12 round trip gives one.
                serverCertificate = X509CertificateLoader.LoadPkcs12(loaded.Export(X509ContentType.Pkcs12), null);
            }

            if (settings.RequireClientCertificate)
            {
                if (settings.ClientCa is { } file)
                {
                    var caPem = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
                    clientAuthority = X509Certificate2.CreateFromPem(caPem);
                }
                else
                {
                    // Checked above: without --client-ca there is a --cert-out folder to write generated credentials to.
                    clientAuthority = await WriteClientCredentialsAsync(settings.CertOut!, output, cancellationToken).ConfigureAwait(false);
                }
            }

            var options = quirks with
            {
                Port = settings.Port,
                ServerCertificate = serverCertificate,
                Transfer = settings.Transfer,
                V1_0Path = settings.V10Path.StartsWith('/') ? settings.V10Path : "/" + settings.V10Path,
                RequireClientCertificate = settings.RequireClientCertificate,
                TrustedClientCertificateAuthority = clientAuthority,
                RequiredAuthorization = settings.Bearer is { } token ? "Bearer " + token : null,
            };

            await using var simulator = await ActuatorSimulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"OpenC2 SLPF actuator simulator listening on {simulator.BaseUri}").ConfigureAwait(false);
            if (options.Transfer is SimulatorTransfer.Both or SimulatorTransfer.V1_1)
            {
                await output.WriteLineAsync($"  HTTPS v1.1: POST {simulator.V1_1Uri}").ConfigureAwait(false);
            }

            if (options.Transfer is SimulatorTransfer.Both or SimulatorTransfer.V1_0)
            {
                await output.WriteLineAsync($"  HTTPS v1.0: POST {simulator.V1_0Uri}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"  Certificate SHA-256: {simulator.ServerCertificateSha256}").ConfigureAwait(false);
            if (settings.CertOut is { } folder)
            {
                var path = Path.Combine(folder.FullName, "actuator-sim.pem");
                Directory.CreateDirectory(folder.FullName);
                await File.WriteAllTextAsync(path, SimulatorCertificates.ExportPem(simulator.ServerCertificate), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"  Certificate written to {path}").ConfigureAwait(false);
            }

            await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            await WaitForCancellationAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Stopped; {simulator.Received.Count} request(s) received, {simulator.Rules.Count} rule(s) held.").ConfigureAwait(false);
            return ArgusCommandLine.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            await error.WriteLineAsync($"argus actuator-sim: {ex.Message}").ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }
        finally
        {
            clientAuthority?.Dispose();
            serverCertificate?.Dispose();
        }
    }

    private static async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => stopped.TrySetResult()).ConfigureAwait(false))
        {
            await stopped.Task.ConfigureAwait(false);
        }
    }

    /// <summary>Generates a client CA and one client certificate for a producer, writing both (and the key) as PEM.</summary>
    private static async Task<X509Certificate2> WriteClientCredentialsAsync(DirectoryInfo folder, TextWriter output, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.FullName);
        var authority = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Argus actuator-sim client CA");
        using var client = SimulatorCertificates.IssueClient(authority, TimeProvider.System, "argus-producer");
        var caPath = Path.Combine(folder.FullName, "client-ca.pem");
        var certPath = Path.Combine(folder.FullName, "client.pem");
        var keyPath = Path.Combine(folder.FullName, "client.key.pem");
        await File.WriteAllTextAsync(caPath, authority.ExportCertificatePem(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(certPath, client.ExportCertificatePem(), cancellationToken).ConfigureAwait(false);
        using var key = client.GetECDsaPrivateKey()
            ?? throw new InvalidOperationException("The generated client certificate has no ECDSA key.");
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem(), cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await output.WriteLineAsync($"  Client CA, certificate and key written to {folder.FullName} (client-ca.pem, client.pem, client.key.pem)")
            .ConfigureAwait(false);
        return authority;
    }

    private sealed record SimulatorSettings(int Port, SimulatorTransfer Transfer, string V10Path, bool RequireClientCertificate,
        FileInfo? ClientCa, DirectoryInfo? CertOut, string? Bearer, FileInfo? CertFile, FileInfo? KeyFile);
}
