namespace Argus.OpenC2.Language;

/// <summary>An OpenC2 response (LS v1.0 §3.3.2): a status from <see cref="OpenC2StatusCode"/>, text and results.</summary>
public sealed record OpenC2Response(int Status)
{
    public string? StatusText { get; init; }
    public OpenC2Results? Results { get; init; }

    public bool IsSuccess => Status == OpenC2StatusCode.Ok;
}
