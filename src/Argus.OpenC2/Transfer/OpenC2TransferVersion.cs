namespace Argus.OpenC2.Transfer;

/// <summary>The HTTPS transfer specification an actuator speaks.</summary>
public enum OpenC2TransferVersion
{
    /// <summary>HTTPS v1.1 (CS01, 2021): <c>/.well-known/openc2</c>, <c>application/openc2+json;version=1.0</c>, message envelope.</summary>
    V1_1,

    /// <summary>HTTPS v1.0 (CS01, 2019): <c>openc2-cmd+json</c>/<c>openc2-rsp+json</c>, bare command and response, path open.</summary>
    V1_0,
}
