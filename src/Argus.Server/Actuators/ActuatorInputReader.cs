using System.Collections;
using System.Collections.Immutable;
using Argus.Storage.Actuators;

namespace Argus.Server.Actuators;

/// <summary>
/// Reads the GraphQL actuator inputs (parsed as dictionaries, enum values already mapped) into store requests. The only
/// checks here are those the store cannot make (base64 of the PKCS#12 file); the store validates everything else.
/// </summary>
internal static class ActuatorInputReader
{
    // Base64 grows 4/3; a little slack for padding and line breaks.
    private const int MaxPkcs12Base64Length = (ActuatorLimits.MaxPkcs12Bytes / 3 * 4) + 256;

    public static (NewActuator? Actuator, ImmutableArray<ActuatorIssue> Issues) ReadNew(IDictionary<string, object?> input)
    {
        var issues = ImmutableArray.CreateBuilder<ActuatorIssue>();
        var certificate = ReadCertificate(input, issues);
        var actuator = new NewActuator(Text(input, "name") ?? "", Text(input, "endpoint") ?? "", Value(input, "environment", ActuatorEnvironment.Production))
        {
            TransferVersion = Value(input, "transferVersion", ActuatorTransferVersion.V1_1),
            Path = Text(input, "path"),
            ActuatorMember = Value(input, "actuatorMember", ActuatorMember.Actuator),
            Profiles = Strings(input, "profiles") ?? [],
            Timeout = Seconds(input) ?? ActuatorLimits.DefaultTimeout,
            Authentication = ReadAuthentication(input) ?? ActuatorAuthentication.None,
            ClientCertificate = certificate,
            TrustedCertificateAuthorityPem = Text(input, "trustedCertificateAuthorityPem"),
            PinnedServerCertificateSha256 = Text(input, "pinnedServerCertificateSha256"),
        };
        return issues.Count == 0 ? (actuator, []) : (null, issues.ToImmutable());
    }

    public static (ActuatorChanges? Changes, ImmutableArray<ActuatorIssue> Issues) ReadChanges(IDictionary<string, object?> input)
    {
        var issues = ImmutableArray.CreateBuilder<ActuatorIssue>();
        var changes = new ActuatorChanges
        {
            Name = Text(input, "name"),
            Endpoint = Text(input, "endpoint"),
            TransferVersion = NullableValue<ActuatorTransferVersion>(input, "transferVersion"),
            Path = Text(input, "path"),
            ActuatorMember = NullableValue<ActuatorMember>(input, "actuatorMember"),
            Profiles = Strings(input, "profiles"),
            Environment = NullableValue<ActuatorEnvironment>(input, "environment"),
            Timeout = Seconds(input),
            Authentication = ReadAuthentication(input),
            ClientCertificate = ReadCertificate(input, issues),
            RemoveClientCertificate = input.TryGetValue("removeClientCertificate", out var remove) && remove is true,
            TrustedCertificateAuthorityPem = Text(input, "trustedCertificateAuthorityPem"),
            PinnedServerCertificateSha256 = Text(input, "pinnedServerCertificateSha256"),
        };
        return issues.Count == 0 ? (changes, []) : (null, issues.ToImmutable());
    }

    private static ActuatorAuthentication? ReadAuthentication(IDictionary<string, object?> input)
    {
        if (!input.TryGetValue("authentication", out var value) || value is not IDictionary<string, object?> authentication)
        {
            return null;
        }

        return Value(authentication, "kind", ActuatorAuthenticationKind.None) switch
        {
            ActuatorAuthenticationKind.Bearer => new ActuatorAuthentication.Bearer(Text(authentication, "bearerToken") ?? ""),
            ActuatorAuthenticationKind.Basic => new ActuatorAuthentication.Basic(Text(authentication, "basicUserName") ?? "",
                Text(authentication, "basicPassword") ?? ""),
            _ => ActuatorAuthentication.None,
        };
    }

    private static ActuatorClientCertificate? ReadCertificate(IDictionary<string, object?> input, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        if (!input.TryGetValue("clientCertificate", out var value) || value is not IDictionary<string, object?> certificate)
        {
            return null;
        }

        var base64 = Text(certificate, "pkcs12Base64") ?? "";
        if (base64.Length > MaxPkcs12Base64Length)
        {
            issues.Add(new("clientCertificate", ActuatorIssueCodes.TooLong, $"The PKCS#12 file exceeds {ActuatorLimits.MaxPkcs12Bytes} bytes."));
            return null;
        }

        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal), bytes, out var written)
            || written == 0)
        {
            issues.Add(new("clientCertificate", ActuatorIssueCodes.InvalidPkcs12, "pkcs12Base64 is not base64 (RFC 4648) text."));
            return null;
        }

        return new ActuatorClientCertificate(bytes.AsMemory(0, written), Text(certificate, "password"));
    }

    private static string? Text(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? value as string : null;

    private static T Value<T>(IDictionary<string, object?> input, string name, T fallback)
        where T : struct, Enum =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    private static T? NullableValue<T>(IDictionary<string, object?> input, string name)
        where T : struct, Enum =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : null;

    private static ImmutableArray<string>? Strings(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable items and not string
            ? [.. items.Cast<object?>().Select(i => i as string ?? "")]
            : null;

    private static TimeSpan? Seconds(IDictionary<string, object?> input) =>
        input.TryGetValue("timeoutSeconds", out var value) && value is int seconds ? TimeSpan.FromSeconds(seconds) : null;
}
