namespace Argus.ActuatorSim;

/// <summary>
/// What the simulator saw of one request, raw as it came off the wire, for assertions in tests. Kept in memory only,
/// never logged.
/// </summary>
public sealed record ReceivedRequest(
    string Method,
    string Path,
    string? ContentType,
    string? Accept,
    string? CacheControl,
    string? XRequestId,
    string? Authorization,
    string? ClientCertificateSubject,
    byte[] Body);
