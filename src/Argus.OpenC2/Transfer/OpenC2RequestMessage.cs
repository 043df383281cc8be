using Argus.OpenC2.Language;

namespace Argus.OpenC2.Transfer;

/// <summary>A command with the envelope headers it travelled with.</summary>
public sealed record OpenC2RequestMessage(OpenC2MessageHeaders Headers, OpenC2Command Command);
