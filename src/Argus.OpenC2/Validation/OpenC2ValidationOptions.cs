using System.Collections.Immutable;
using Argus.OpenC2.Language;
using Argus.OpenC2.Profiles;

namespace Argus.OpenC2.Validation;

/// <summary>What the validator and reader accept.</summary>
public sealed record OpenC2ValidationOptions
{
    /// <summary>SLPF known, other well-formed extensions accepted, 1 MiB, depth 64.</summary>
    public static OpenC2ValidationOptions Default { get; } = new();

    /// <summary>The plugfest "language" device: LS v1.0 without any extension.</summary>
    public static OpenC2ValidationOptions LanguageOnly { get; } = new()
    {
        Extensions = OpenC2ExtensionPolicy.KnownProfilesOnly,
        Profiles = [],
    };

    /// <summary>The plugfest "slpf" device: LS v1.0 plus the SLPF profile, nothing else.</summary>
    public static OpenC2ValidationOptions SlpfOnly { get; } = new() { Extensions = OpenC2ExtensionPolicy.KnownProfilesOnly };

    /// <value>Default <see cref="OpenC2ExtensionPolicy.AcceptWellFormed"/>.</value>
    public OpenC2ExtensionPolicy Extensions { get; init; } = OpenC2ExtensionPolicy.AcceptWellFormed;

    /// <summary>Profiles whose extensions are known and checked.</summary>
    /// <value>Default: SLPF v1.0.</value>
    public ImmutableArray<OpenC2Profile> Profiles { get; init; } = [SlpfProfile.Definition];

    /// <summary>
    /// When set, the action/target pairs a <c>pairs</c> result may name (a device schema's Action-Targets); otherwise
    /// any action with any known target name.
    /// </summary>
    public ImmutableDictionary<OpenC2Action, ImmutableHashSet<string>>? AllowedPairs { get; init; }

    /// <summary>
    /// Also accept the actuator under <c>profile</c>: an object as under <c>actuator</c> (yuuki, LS v2.0 drafts) or a
    /// namespace id string (the CACAO-ext example). Off: LS v1.0 has no such member.
    /// </summary>
    public bool AcceptProfileMember { get; init; }

    /// <value>Default 1 MiB: commands and responses are small; this bounds what a consumer can make us parse.</value>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <value>Default 64.</value>
    public int MaxDepth { get; init; } = 64;

    internal OpenC2Profile? FindProfile(string nsid)
    {
        foreach (var profile in Profiles)
        {
            if (string.Equals(profile.Nsid, nsid, StringComparison.Ordinal))
            {
                return profile;
            }
        }

        return null;
    }
}
