namespace Argus.Storage.Actuators;

/// <summary>The decrypted secrets of an actuator: HTTP authentication and an optional client certificate.</summary>
public sealed record ActuatorCredentials(ActuatorAuthentication Authentication, ActuatorClientCertificate? ClientCertificate)
{
    public static ActuatorCredentials None { get; } = new(ActuatorAuthentication.None, null);

    public override string ToString() =>
        $"credentials ({Authentication}{(ClientCertificate is null ? "" : ", client certificate")})";
}
