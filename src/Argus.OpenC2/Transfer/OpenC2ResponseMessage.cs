using Argus.OpenC2.Language;

namespace Argus.OpenC2.Transfer;

/// <summary>A response with the envelope headers it travelled with (<see cref="OpenC2MessageHeaders.None"/> for a bare v1.0 body).</summary>
public sealed record OpenC2ResponseMessage(OpenC2MessageHeaders Headers, OpenC2Response Response);
