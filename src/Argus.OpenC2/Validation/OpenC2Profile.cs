using System.Collections.Immutable;

namespace Argus.OpenC2.Validation;

/// <summary>
/// What an actuator profile adds to the language (LS v1.0 §3.1.4): extension targets, args, actuator specifiers and
/// results under its namespace id. A <see langword="null"/> section means the profile defines none of that kind.
/// </summary>
/// <param name="Nsid">The namespace id, e.g. <c>slpf</c> or <c>x-acme</c>.</param>
public sealed record OpenC2Profile(string Nsid)
{
    /// <summary>Accepts any value: for a section a profile defines without a content model.</summary>
    public static OpenC2ExtensionCheck AnyContent { get; } = static (_, _, _) => { };

    /// <summary>Extension targets by local name (<c>rule_number</c> for <c>slpf:rule_number</c>).</summary>
    public ImmutableDictionary<string, OpenC2ExtensionCheck> Targets { get; init; } =
        ImmutableDictionary<string, OpenC2ExtensionCheck>.Empty;

    /// <summary>The check of <c>args.&lt;nsid&gt;</c>.</summary>
    public OpenC2ExtensionCheck? Args { get; init; }

    /// <summary>The check of <c>actuator.&lt;nsid&gt;</c>.</summary>
    public OpenC2ExtensionCheck? Actuator { get; init; }

    /// <summary>The check of <c>results.&lt;nsid&gt;</c>.</summary>
    public OpenC2ExtensionCheck? Results { get; init; }
}
