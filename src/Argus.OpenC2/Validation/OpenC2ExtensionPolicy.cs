namespace Argus.OpenC2.Validation;

/// <summary>How the validator treats extension namespaces that no <see cref="OpenC2Profile"/> in the options defines.</summary>
public enum OpenC2ExtensionPolicy
{
    /// <summary>
    /// Accept them when the name is well formed: a non-standard namespace id <c>x-[a-z0-9][a-z0-9_-]*</c> of at most 16
    /// characters (LS v1.0 §3.1.4 Nsid), an extension target name <c>nsid:[a-z][a-z0-9_]*</c>; their content is an object
    /// and is not inspected. A producer talking to actuators it has no profile for uses this.
    /// </summary>
    AcceptWellFormed,

    /// <summary>
    /// Reject them: only the profiles in the options exist, as in a device schema of the 2020 plugfest (language only,
    /// SLPF, SLPF + extensions).
    /// </summary>
    KnownProfilesOnly,
}
