using System.Collections.Immutable;

namespace Argus.Storage.Actuators;

/// <summary>
/// The whole of an actuator about to be written (a new one, or a stored one with changes applied), before validation.
/// <see cref="Authentication"/> null keeps the stored authentication; <see cref="ClientCertificate"/> null with
/// <see cref="KeepsClientCertificate"/> keeps the stored certificate.
/// </summary>
internal sealed record ActuatorDraft(
    string? Name,
    string? Endpoint,
    ActuatorTransferVersion TransferVersion,
    string? Path,
    ActuatorMember ActuatorMember,
    ImmutableArray<string> Profiles,
    ActuatorEnvironment Environment,
    TimeSpan Timeout,
    ActuatorAuthentication? Authentication,
    ActuatorClientCertificate? ClientCertificate,
    bool KeepsClientCertificate,
    string? TrustedCertificateAuthorityPem,
    string? PinnedServerCertificateSha256)
{
    public static ActuatorDraft From(NewActuator actuator) => new(
        actuator.Name, actuator.Endpoint, actuator.TransferVersion, Blank(actuator.Path), actuator.ActuatorMember,
        actuator.Profiles.IsDefault ? [] : actuator.Profiles, actuator.Environment, actuator.Timeout,
        actuator.Authentication, actuator.ClientCertificate, false,
        Blank(actuator.TrustedCertificateAuthorityPem), Blank(actuator.PinnedServerCertificateSha256));

    public static ActuatorDraft From(StoredActuator current, ActuatorChanges changes) => new(
        changes.Name ?? current.Name,
        changes.Endpoint ?? current.Endpoint.GetLeftPart(UriPartial.Authority),
        changes.TransferVersion ?? current.TransferVersion,
        changes.Path is null ? current.Path : Blank(changes.Path),
        changes.ActuatorMember ?? current.ActuatorMember,
        changes.Profiles is { IsDefault: false } profiles ? profiles : current.Profiles,
        changes.Environment ?? current.Environment,
        changes.Timeout ?? current.Timeout,
        changes.Authentication,
        changes.ClientCertificate,
        changes.ClientCertificate is null && !changes.RemoveClientCertificate && current.ClientCertificate is not null,
        changes.TrustedCertificateAuthorityPem is null ? current.TrustedCertificateAuthorityPem : Blank(changes.TrustedCertificateAuthorityPem),
        changes.PinnedServerCertificateSha256 is null ? current.PinnedServerCertificateSha256 : Blank(changes.PinnedServerCertificateSha256));

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
