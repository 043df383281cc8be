using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Transfer;

namespace Argus.Cli.Running;

/// <summary>
/// The file of <c>argus run --actuators FILE</c>: the OpenC2 actuators a local run may send to, for the organisation
/// <see cref="Organisation"/>.
/// <code>
/// {"actuators": [{"name": "sim", "url": "https://127.0.0.1:8443", "environment": "sandbox", "profiles": ["slpf"],
///                 "trust": {"certificate_file": "actuator-sim.pem"}, "bearer_token_env": "ARGUS_SIM_TOKEN"}]}
/// </code>
/// <c>name</c>, <c>url</c> (https origin) and <c>environment</c> (<c>sandbox</c> or <c>production</c>) are required.
/// <c>trust</c> is <c>certificate_file</c> (PEM, relative to the file) or <c>sha256</c> (a pin); without it the
/// machine's roots apply. Optional: <c>transfer</c> (<c>1.1</c> default, or <c>1.0</c>), <c>path</c>,
/// <c>timeout_seconds</c>. Secrets never sit in the file: a bearer token is read from the variable <c>bearer_token_env</c> names.
/// </summary>
internal static class ActuatorFile
{
    /// <summary>The organisation a local run executes for.</summary>
    public const string Organisation = "local";

    public static async Task<ActuatorFileRead> ReadAsync(string path, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new ActuatorFileRead.Rejected($"cannot read {path}: {ex.Message}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new ActuatorFileRead.Rejected($"{path} is not JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("actuators", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return new ActuatorFileRead.Rejected($"{path} needs an \"actuators\" array.");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            var actuators = ImmutableArray.CreateBuilder<ConfiguredActuator>();
            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                var (actuator, problem) = await EntryAsync(entry, folder, environment, cancellationToken).ConfigureAwait(false);
                if (actuator is null)
                {
                    return new ActuatorFileRead.Rejected($"{path}: actuators[{index}]: {problem}");
                }

                actuators.Add(actuator);
                index++;
            }

            return actuators.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() == actuators.Count
                ? new ActuatorFileRead.Loaded(actuators.ToImmutable())
                : new ActuatorFileRead.Rejected($"{path}: two actuators have the same name.");
        }
    }

    /// <returns>The actuator, or null and the problem.</returns>
    private static async Task<(ConfiguredActuator? Actuator, string? Problem)> EntryAsync(JsonElement entry, string folder, Func<string, string?> environment,
        CancellationToken cancellationToken)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return (null, "is not an object.");
        }

        if (Text(entry, "name") is not { Length: > 0 } name)
        {
            return (null, "needs a name.");
        }

        if (!Uri.TryCreate(Text(entry, "url"), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            return (null, "needs an https url.");
        }

        ActuatorEnvironment kind;
        switch (Text(entry, "environment"))
        {
            case "sandbox":
                kind = ActuatorEnvironment.Sandbox;
                break;
            case "production":
                kind = ActuatorEnvironment.Production;
                break;
            default:
                return (null, "needs environment \"sandbox\" or \"production\".");
        }

        var endpoint = new OpenC2Endpoint(new Uri(url.GetLeftPart(UriPartial.Authority)))
        {
            Transfer = Text(entry, "transfer") == "1.0" ? OpenC2TransferVersion.V1_0 : OpenC2TransferVersion.V1_1,
            Path = Text(entry, "path"),
        };
        if (entry.TryGetProperty("timeout_seconds", out var timeout))
        {
            if (!timeout.TryGetInt32(out var seconds) || seconds is < 1 or > 3600)
            {
                return (null, "timeout_seconds is a whole number from 1 to 3600.");
            }

            endpoint = endpoint with { Timeout = TimeSpan.FromSeconds(seconds) };
        }

        if (Text(entry, "bearer_token_env") is { } variable)
        {
            if (environment(variable) is not { Length: > 0 } token)
            {
                return (null, $"the environment variable {variable} (bearer_token_env) is not set.");
            }

            endpoint = endpoint with { Authentication = new OpenC2Authentication.Bearer(token) };
        }

        if (entry.TryGetProperty("trust", out var trust))
        {
            if (Text(trust, "sha256") is { } pin)
            {
                endpoint = endpoint with { PinnedServerCertificateSha256 = pin };
            }
            else if (Text(trust, "certificate_file") is { } file)
            {
                var anchors = new X509Certificate2Collection();
                var pemPath = Path.Combine(folder, file);
                try
                {
                    anchors.ImportFromPem(await File.ReadAllTextAsync(pemPath, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
                {
                    return (null, $"cannot load the certificate {pemPath}: {ex.Message}");
                }

                if (anchors.Count == 0)
                {
                    return (null, $"{pemPath} holds no certificate.");
                }

                endpoint = endpoint with { TrustedCertificateAuthorities = anchors };
            }
            else
            {
                return (null, "trust needs certificate_file or sha256.");
            }
        }

        var profiles = entry.TryGetProperty("profiles", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).OfType<string>().ToImmutableArray()
            : [];
        return (new ConfiguredActuator(name, endpoint, kind, profiles), null);
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
