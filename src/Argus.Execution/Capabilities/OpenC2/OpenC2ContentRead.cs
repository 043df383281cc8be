using Argus.OpenC2.Language;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>The OpenC2 command carried by a CACAO command's content, or why there is none to send.</summary>
internal abstract record OpenC2ContentRead
{
    private OpenC2ContentRead()
    {
    }

    /// <summary>A valid command (taken out of its envelope when the content was one).</summary>
    public sealed record Valid(OpenC2Command Command, bool WasEnvelope) : OpenC2ContentRead;

    /// <summary>Nothing can be sent; <paramref name="Reason"/> names the problem (never the content itself).</summary>
    public sealed record Invalid(string Reason) : OpenC2ContentRead;
}
