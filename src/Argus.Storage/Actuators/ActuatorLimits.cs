namespace Argus.Storage.Actuators;

/// <summary>The bounds the store enforces on an actuator's fields.</summary>
public static class ActuatorLimits
{
    public const int MaxNameLength = 100;
    public const int MaxEndpointLength = 2048;
    public const int MaxPathLength = 512;
    public const int MaxProfiles = 16;
    public const int MaxProfileLength = 16;
    public const int MaxTokenLength = 8192;
    public const int MaxUserNameLength = 256;
    public const int MaxPasswordLength = 1024;

    /// <summary>The most PKCS#12 bytes (after base64 decoding) a client certificate may have.</summary>
    public const int MaxPkcs12Bytes = 64 * 1024;

    public const int MaxPemLength = 64 * 1024;

    public static TimeSpan MinTimeout { get; } = TimeSpan.FromSeconds(1);

    public static TimeSpan MaxTimeout { get; } = TimeSpan.FromMinutes(10);

    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(30);
}
