namespace Argus.OpenC2.Language;

/// <summary>An OpenC2 command (LS v1.0 §3.3.1): action, target and the optional args, actuator and command id.</summary>
public sealed record OpenC2Command(OpenC2Action Action, OpenC2Target Target)
{
    public OpenC2Args? Args { get; init; }
    public OpenC2Actuator? Actuator { get; init; }

    /// <summary>At most 36 characters without white space (LS Command-ID); the consumer uses the request id when absent.</summary>
    public string? CommandId { get; init; }

    /// <summary>The response the producer asked for: <see cref="OpenC2Args.ResponseRequested"/>, else complete.</summary>
    public OpenC2ResponseRequested ResponseRequested => Args?.ResponseRequested ?? OpenC2ResponseRequested.Complete;
}
