namespace Argus.Storage.Actuators;

/// <summary>
/// HTTP authentication towards an actuator, secrets included: written by an administrator, encrypted at rest, read back
/// only through <see cref="IActuatorStore.GetWithCredentialsAsync"/>. <see cref="ToString"/> never shows a secret.
/// </summary>
public abstract record ActuatorAuthentication
{
    private ActuatorAuthentication()
    {
    }

    public static ActuatorAuthentication None { get; } = new NoAuthentication();

    public abstract ActuatorAuthenticationKind Kind { get; }

    public sealed record NoAuthentication : ActuatorAuthentication
    {
        public override ActuatorAuthenticationKind Kind => ActuatorAuthenticationKind.None;

        public override string ToString() => "none";
    }

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public sealed record Bearer(string Token) : ActuatorAuthentication
    {
        public override ActuatorAuthenticationKind Kind => ActuatorAuthenticationKind.Bearer;

        public override string ToString() => "bearer (token hidden)";
    }

    /// <summary><c>Authorization: Basic</c> with a user name and password.</summary>
    public sealed record Basic(string UserName, string Password) : ActuatorAuthentication
    {
        public override ActuatorAuthenticationKind Kind => ActuatorAuthenticationKind.Basic;

        public override string ToString() => "basic (user and password hidden)";
    }
}
