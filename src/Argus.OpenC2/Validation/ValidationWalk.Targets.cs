using System.Collections.Frozen;
using System.Text.Json;
using Argus.OpenC2.Language;

namespace Argus.OpenC2.Validation;

/// <summary>The targets of LS v1.0 §3.3.1.2 and their types (§3.4).</summary>
internal sealed partial class ValidationWalk
{
    private static readonly FrozenSet<string> ArtifactMembers = Set("mime_type", "payload", "hashes");
    private static readonly FrozenSet<string> DeviceMembers = Set("hostname", "idn_hostname", "device_id");
    private static readonly FrozenSet<string> FileMembers = Set("name", "path", "hashes");
    private static readonly FrozenSet<string> HashMembers = Set("md5", "sha1", "sha256");
    private static readonly FrozenSet<string> ConnectionMembers = Set("src_addr", "src_port", "dst_addr", "dst_port", "protocol");
    private static readonly FrozenSet<string> ProcessMembers = Set("pid", "name", "cwd", "executable", "parent", "command_line");
    private static readonly FrozenSet<string> Protocols = Set("icmp", "tcp", "udp", "sctp");
    private static readonly FrozenSet<string> FeatureNames = Set("versions", "profiles", "pairs", "rate_limit");

    private void Target(JsonElement target, string path)
    {
        if (!JsonChecks.IsChoice(target, path, _issues, "target", out var chosen))
        {
            return;
        }

        var value = chosen.Value;
        var at = JsonChecks.Append(path, chosen.Name);
        switch (chosen.Name)
        {
            case "artifact":
                if (JsonChecks.IsRecord(value, at, _issues, "artifact", ArtifactMembers, 1))
                {
                    ForMember(value, at, "mime_type", (v, p) => JsonChecks.IsString(v, p, _issues, "mime_type"));
                    ForMember(value, at, "payload", Payload);
                    ForMember(value, at, "hashes", Hashes);
                }

                break;
            case "command":
                JsonChecks.IsString(value, at, _issues, "command");
                break;
            case "device":
                if (JsonChecks.IsRecord(value, at, _issues, "device", DeviceMembers, 1))
                {
                    ForMember(value, at, "hostname", (v, p) => Formatted(v, p, "hostname", OpenC2Formats.IsHostname));
                    ForMember(value, at, "idn_hostname", (v, p) => JsonChecks.IsString(v, p, _issues, "idn_hostname"));
                    ForMember(value, at, "device_id", (v, p) => JsonChecks.IsString(v, p, _issues, "device_id"));
                }

                break;
            case "domain_name":
                Formatted(value, at, "domain_name", OpenC2Formats.IsHostname);
                break;
            case "email_addr":
                Formatted(value, at, "email_addr", OpenC2Formats.IsEmailAddress);
                break;
            case "idn_domain_name":
                Formatted(value, at, "idn_domain_name", static s => s.Length > 0);
                break;
            case "idn_email_addr":
                Formatted(value, at, "idn_email_addr", OpenC2Formats.IsEmailAddress);
                break;
            case "features":
                Features(value, at);
                break;
            case "file":
                File(value, at);
                break;
            case "ipv4_net":
                Formatted(value, at, "ipv4_net", OpenC2Formats.IsIpv4Net);
                break;
            case "ipv6_net":
                Formatted(value, at, "ipv6_net", OpenC2Formats.IsIpv6Net);
                break;
            case "ipv4_connection":
                Connection(value, at, "ipv4_connection", OpenC2Formats.IsIpv4Net);
                break;
            case "ipv6_connection":
                Connection(value, at, "ipv6_connection", OpenC2Formats.IsIpv6Net);
                break;
            case "mac_addr":
                Formatted(value, at, "mac_addr", OpenC2Formats.IsMacAddress);
                break;
            case "process":
                Process(value, at);
                break;
            case "properties":
                Properties(value, at);
                break;
            case "uri":
                Formatted(value, at, "uri", OpenC2Formats.IsAbsoluteUri);
                break;
            case "iri":
                Formatted(value, at, "iri", OpenC2Formats.IsAbsoluteUri);
                break;
            default:
                ExtensionTarget(chosen.Name, value, at);
                break;
        }
    }

    private void ExtensionTarget(string name, JsonElement value, string path)
    {
        if (!OpenC2Vocabulary.TrySplitExtensionName(name, out var nsid, out var localName))
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.UnknownMember,
                $"'{name}' is not an LS v1.0 target, and an extension target is named nsid:name.");
            return;
        }

        var profile = options.FindProfile(nsid);
        if (profile is not null && profile.Targets.TryGetValue(localName, out var check))
        {
            check(value, path, _issues);
            return;
        }

        if (profile is null && options.Extensions == OpenC2ExtensionPolicy.AcceptWellFormed
            && OpenC2Formats.IsExtensionNsid(nsid) && OpenC2Formats.IsExtensionLocalName(localName))
        {
            return;
        }

        JsonChecks.Add(_issues, path, profile is null ? OpenC2IssueCodes.UnknownExtension : OpenC2IssueCodes.UnknownMember,
            profile is null
                ? $"'{name}' is not a target of a known profile nor a well-formed extension target name."
                : $"Profile '{nsid}' defines no target '{localName}'.");
    }

    private void Features(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.WrongType, "features must be an array.");
            return;
        }

        if (value.GetArrayLength() > 10)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.OutOfRange, "features lists at most 10 items.");
        }

        UniqueStrings(value, path, "features", (item, itemPath) =>
            JsonChecks.IsEnumerated(item, itemPath, _issues, "A feature", FeatureNames));
    }

    private void Properties(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.WrongType, "properties must be an array of strings.");
            return;
        }

        if (value.GetArrayLength() == 0)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Empty, "properties needs at least one name.");
        }

        UniqueStrings(value, path, "properties", (item, itemPath) => JsonChecks.IsString(item, itemPath, _issues, "A property"));
    }

    private void File(JsonElement value, string path)
    {
        if (JsonChecks.IsRecord(value, path, _issues, "file", FileMembers, 1))
        {
            ForMember(value, path, "name", (v, p) => JsonChecks.IsString(v, p, _issues, "name"));
            ForMember(value, path, "path", (v, p) => JsonChecks.IsString(v, p, _issues, "path"));
            ForMember(value, path, "hashes", Hashes);
        }
    }

    private void Hashes(JsonElement value, string path)
    {
        if (!JsonChecks.IsRecord(value, path, _issues, "hashes", HashMembers, 1))
        {
            return;
        }

        ForMember(value, path, "md5", (v, p) => Formatted(v, p, "md5", s => OpenC2Formats.IsHex(s, 16)));
        ForMember(value, path, "sha1", (v, p) => Formatted(v, p, "sha1", s => OpenC2Formats.IsHex(s, 20)));
        ForMember(value, path, "sha256", (v, p) => Formatted(v, p, "sha256", s => OpenC2Formats.IsHex(s, 32)));
    }

    private void Payload(JsonElement value, string path)
    {
        if (!JsonChecks.IsChoice(value, path, _issues, "payload", out var chosen))
        {
            return;
        }

        var at = JsonChecks.Append(path, chosen.Name);
        switch (chosen.Name)
        {
            case "bin":
                Formatted(chosen.Value, at, "bin", OpenC2Formats.IsBase64Url);
                break;
            case "url":
                Formatted(chosen.Value, at, "url", OpenC2Formats.IsAbsoluteUri);
                break;
            default:
                JsonChecks.Add(_issues, at, OpenC2IssueCodes.UnknownMember, "payload is either 'bin' or 'url'.");
                break;
        }
    }

    private void Connection(JsonElement value, string path, string what, Func<string, bool> isNet)
    {
        if (!JsonChecks.IsRecord(value, path, _issues, what, ConnectionMembers, 1))
        {
            return;
        }

        ForMember(value, path, "src_addr", (v, p) => Formatted(v, p, "src_addr", isNet));
        ForMember(value, path, "dst_addr", (v, p) => Formatted(v, p, "dst_addr", isNet));
        ForMember(value, path, "src_port", (v, p) => JsonChecks.IsInteger(v, p, _issues, "src_port", 0, 65535, out _));
        ForMember(value, path, "dst_port", (v, p) => JsonChecks.IsInteger(v, p, _issues, "dst_port", 0, 65535, out _));
        ForMember(value, path, "protocol", (v, p) => JsonChecks.IsEnumerated(v, p, _issues, "protocol", Protocols));
    }

    private void Process(JsonElement value, string path)
    {
        if (!JsonChecks.IsRecord(value, path, _issues, "process", ProcessMembers, 1))
        {
            return;
        }

        ForMember(value, path, "pid", (v, p) => JsonChecks.IsInteger(v, p, _issues, "pid", 0, long.MaxValue, out _));
        ForMember(value, path, "name", (v, p) => JsonChecks.IsString(v, p, _issues, "name"));
        ForMember(value, path, "cwd", (v, p) => JsonChecks.IsString(v, p, _issues, "cwd"));
        ForMember(value, path, "command_line", (v, p) => JsonChecks.IsString(v, p, _issues, "command_line"));
        ForMember(value, path, "executable", File);
        ForMember(value, path, "parent", Process);
    }

    private void Formatted(JsonElement value, string path, string what, Func<string, bool> isValid)
    {
        if (JsonChecks.IsString(value, path, _issues, what) && !isValid(value.GetString()!))
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Format, $"'{value.GetString()}' is not a valid {what}.");
        }
    }

    private void UniqueStrings(JsonElement array, string path, string what, Action<JsonElement, string> checkItem)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = JsonChecks.Append(path, index++);
            checkItem(item, itemPath);
            if (item.ValueKind == JsonValueKind.String && !seen.Add(item.GetString()!))
            {
                JsonChecks.Add(_issues, itemPath, OpenC2IssueCodes.NotUnique, $"{what} lists '{item.GetString()}' twice.");
            }
        }
    }

    private static void ForMember(JsonElement value, string path, string name, Action<JsonElement, string> check)
    {
        if (value.TryGetProperty(name, out var member))
        {
            check(member, JsonChecks.Append(path, name));
        }
    }
}
