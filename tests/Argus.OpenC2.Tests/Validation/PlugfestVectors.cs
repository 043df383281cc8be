using System.Collections.Immutable;
using Argus.OpenC2.Language;
using Argus.OpenC2.Profiles;
using Argus.OpenC2.Validation;
using Argus.Testing;

namespace Argus.OpenC2.Tests.Validation;

/// <summary>
/// The 182 plugfest vectors of <c>../shared/openc2/vectors/custom-aps-v1.0.1</c>: path, kind and expected verdict come
/// from the folder (<c>&lt;device&gt;/&lt;commands|responses&gt;/&lt;good|bad&gt;</c>), as INDEX.md says.
/// </summary>
internal static class PlugfestVectors
{
    public const int ExpectedCount = 182;

    public static string Folder() => RepositoryPaths.RequireShared("openc2", "vectors", "custom-aps-v1.0.1");

    /// <summary>Relative paths of every vector; empty when the shared folder is absent (the test then skips visibly).</summary>
    public static IEnumerable<string> RelativePaths()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "openc2", "vectors", "custom-aps-v1.0.1"));
        if (!Directory.Exists(folder))
        {
            return ["(shared folder absent)"];
        }

        return Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public static Vector Describe(string relativePath)
    {
        var parts = relativePath.Split('/');
        return new Vector(
            relativePath,
            Path.Combine(Folder(), relativePath),
            IsCommand: parts[1] == "commands",
            IsGood: parts[2] == "good",
            OptionsFor(parts[0]));
    }

    /// <summary>The device schema a folder stands for (INDEX.md, "How to use").</summary>
    public static OpenC2ValidationOptions OptionsFor(string device) => device switch
    {
        "language" => OpenC2ValidationOptions.LanguageOnly,
        "slpf" => OpenC2ValidationOptions.SlpfOnly,
        "slpf+acme" => AcmeDevice,
        _ => throw new ArgumentOutOfRangeException(nameof(device), device, "Unknown vector folder."),
    };

    /// <summary>
    /// LS + SLPF + the hypothetical extensions the plugfest's acme schema defines (x-acme, x-esm, x-mycompany, ...)
    /// with its Action-Targets table.
    /// </summary>
    public static OpenC2ValidationOptions AcmeDevice { get; } = new()
    {
        Extensions = OpenC2ExtensionPolicy.KnownProfilesOnly,
        Profiles =
        [
            SlpfProfile.Definition,
            new OpenC2Profile("x-acme")
            {
                Targets = ImmutableDictionary<string, OpenC2ExtensionCheck>.Empty
                    .Add("features", OpenC2Profile.AnyContent)
                    .Add("container", OpenC2Profile.AnyContent),
                Args = OpenC2Profile.AnyContent,
                Results = OpenC2Profile.AnyContent,
            },
            new OpenC2Profile("x-esm") { Actuator = OpenC2Profile.AnyContent, Results = OpenC2Profile.AnyContent },
            new OpenC2Profile("x-mycompany")
            {
                Args = OpenC2Profile.AnyContent,
                Actuator = OpenC2Profile.AnyContent,
                Results = OpenC2Profile.AnyContent,
            },
            new OpenC2Profile("x-mycompany_with_underscore") { Args = OpenC2Profile.AnyContent },
            new OpenC2Profile("x-example") { Args = OpenC2Profile.AnyContent },
            new OpenC2Profile("x-395") { Args = OpenC2Profile.AnyContent },
        ],
        AllowedPairs = new Dictionary<OpenC2Action, ImmutableHashSet<string>>
        {
            [OpenC2Action.Query] = ["features"],
            [OpenC2Action.Deny] = ["file", "ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
            [OpenC2Action.Contain] = ["device"],
            [OpenC2Action.Allow] = ["device", "file", "ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
            [OpenC2Action.Update] = ["file"],
            [OpenC2Action.Delete] = [SlpfProfile.RuleNumberTarget],
            [OpenC2Action.Remediate] = ["file"],
        }.ToImmutableDictionary(),
    };

    internal sealed record Vector(string RelativePath, string FullPath, bool IsCommand, bool IsGood, OpenC2ValidationOptions Options);
}
