using System.Collections.Immutable;
using System.Text.Json;
using Argus.Storage.Access;
using Argus.Storage.Actuators;

namespace Argus.Storage.Sql;

/// <summary>An <c>actuators</c> row as Dapper reads it; <see cref="ToActuator"/> makes the public record (no secrets).</summary>
internal sealed class ActuatorRow
{
    /// <summary>The SELECT list of the public columns, for a FROM item aliased <c>a</c>.</summary>
    public const string Columns =
        """
        a.id AS Id, a.organisation_id AS OrganisationId, a.name AS Name, a.endpoint AS Endpoint, a.transfer_version AS TransferVersion,
        a.path AS Path, a.actuator_member AS ActuatorMember, a.profiles AS Profiles, a.environment AS Environment, a.timeout_ms AS TimeoutMs,
        a.authentication AS Authentication, a.client_certificate_subject AS ClientCertificateSubject,
        a.client_certificate_sha256 AS ClientCertificateSha256, a.client_certificate_not_after_us AS ClientCertificateNotAfterUs,
        a.trusted_ca_pem AS TrustedCaPem, a.pinned_server_sha256 AS PinnedServerSha256, a.created_by AS CreatedBy, a.created_us AS CreatedUs,
        a.updated_by AS UpdatedBy, a.updated_us AS UpdatedUs
        """;

    /// <summary><see cref="Columns"/> plus the sealed secrets, for the reads that decrypt them.</summary>
    public const string ColumnsWithSecrets =
        Columns + ", a.authentication_secret AS AuthenticationSecret, a.client_certificate_secret AS ClientCertificateSecret";

    public string Id { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Endpoint { get; set; } = "";
    public string TransferVersion { get; set; } = "";
    public string? Path { get; set; }
    public string ActuatorMember { get; set; } = "";
    public string Profiles { get; set; } = "[]";
    public string Environment { get; set; } = "";
    public long TimeoutMs { get; set; }
    public string Authentication { get; set; } = "";
    public string? ClientCertificateSubject { get; set; }
    public string? ClientCertificateSha256 { get; set; }
    public long? ClientCertificateNotAfterUs { get; set; }
    public string? TrustedCaPem { get; set; }
    public string? PinnedServerSha256 { get; set; }
    public string CreatedBy { get; set; } = "";
    public long CreatedUs { get; set; }
    public string UpdatedBy { get; set; } = "";
    public long UpdatedUs { get; set; }
    public byte[]? AuthenticationSecret { get; set; }
    public byte[]? ClientCertificateSecret { get; set; }

    public StoredActuator ToActuator() => new()
    {
        Id = Guid.Parse(Id),
        Organisation = Access.OrganisationId.From(OrganisationId),
        Name = Name,
        Endpoint = new Uri(Endpoint),
        TransferVersion = ActuatorColumnValues.ParseTransfer(TransferVersion),
        Path = Path,
        ActuatorMember = ActuatorColumnValues.ParseMember(ActuatorMember),
        Profiles = JsonSerializer.Deserialize<ImmutableArray<string>>(Profiles),
        Environment = ActuatorColumnValues.ParseEnvironment(Environment),
        Timeout = TimeSpan.FromMilliseconds(TimeoutMs),
        Authentication = ActuatorColumnValues.ParseAuthentication(Authentication),
        ClientCertificate = ClientCertificateSha256 is null
            ? null
            : new ActuatorCertificateInfo(ClientCertificateSubject ?? "", ClientCertificateSha256, MicroTime.To(ClientCertificateNotAfterUs ?? 0)),
        TrustedCertificateAuthorityPem = TrustedCaPem,
        PinnedServerCertificateSha256 = PinnedServerSha256,
        CreatedBy = CreatedBy,
        CreatedAt = MicroTime.To(CreatedUs),
        UpdatedBy = UpdatedBy,
        UpdatedAt = MicroTime.To(UpdatedUs),
    };
}
