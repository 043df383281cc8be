using System.Collections.Immutable;
using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Serialization;

/// <summary>Maps JSON that <see cref="OpenC2Validator"/> accepted onto the model; never called on unchecked input.</summary>
internal static class ModelReader
{
    public static OpenC2Command Command(JsonElement command)
    {
        OpenC2Vocabulary.TryParseAction(command.GetProperty("action").GetString()!, out var action);
        return new OpenC2Command(action, Target(command.GetProperty("target")))
        {
            Args = command.TryGetProperty("args", out var args) ? Args(args) : null,
            Actuator = command.TryGetProperty("actuator", out var actuator) ? Actuator(actuator)
                : command.TryGetProperty("profile", out var profile) ? Profile(profile) : null,
            CommandId = String(command, "command_id"),
        };
    }

    public static OpenC2Response Response(JsonElement response)
    {
        JsonChecks.TryGetInteger(response.GetProperty("status"), out var status);
        return new OpenC2Response((int)status)
        {
            StatusText = String(response, "status_text"),
            Results = response.TryGetProperty("results", out var results) ? Results(results) : null,
        };
    }

    private static OpenC2Actuator Actuator(JsonElement actuator)
    {
        var chosen = actuator.EnumerateObject().First();
        return new OpenC2Actuator(chosen.Name, chosen.Value.Clone());
    }

    // Only reached when the options accept 'profile' (the validator refuses it otherwise).
    private static OpenC2Actuator Profile(JsonElement profile) =>
        profile.ValueKind == JsonValueKind.String ? OpenC2Actuator.Any(profile.GetString()!) : Actuator(profile);

    private static OpenC2Args Args(JsonElement args)
    {
        var profiles = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        OpenC2ResponseRequested? requested = null;
        foreach (var member in args.EnumerateObject())
        {
            if (member.Name == "response_requested")
            {
                OpenC2Vocabulary.TryParseResponseRequested(member.Value.GetString()!, out var value);
                requested = value;
            }
            else if (member.Name is not ("start_time" or "stop_time" or "duration"))
            {
                profiles[member.Name] = member.Value.Clone();
            }
        }

        return new OpenC2Args
        {
            StartTime = Integer(args, "start_time"),
            StopTime = Integer(args, "stop_time"),
            Duration = Integer(args, "duration"),
            ResponseRequested = requested,
            Profiles = profiles.ToImmutable(),
        };
    }

    private static OpenC2Results Results(JsonElement results)
    {
        var extensions = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        ImmutableDictionary<string, ImmutableArray<string>>? pairs = null;
        foreach (var member in results.EnumerateObject())
        {
            switch (member.Name)
            {
                case "versions" or "profiles" or "rate_limit":
                    break;
                case "pairs":
                    pairs = member.Value.EnumerateObject()
                        .ToImmutableDictionary(p => p.Name, p => Strings(p.Value), StringComparer.Ordinal);
                    break;
                default:
                    extensions[member.Name] = member.Value.Clone();
                    break;
            }
        }

        return new OpenC2Results
        {
            Versions = results.TryGetProperty("versions", out var versions) ? Strings(versions) : null,
            Profiles = results.TryGetProperty("profiles", out var profiles) ? Strings(profiles) : null,
            Pairs = pairs,
            RateLimit = results.TryGetProperty("rate_limit", out var rate) ? rate.GetDouble() : null,
            Extensions = extensions.ToImmutable(),
        };
    }

    private static OpenC2Target Target(JsonElement target)
    {
        var chosen = target.EnumerateObject().First();
        var value = chosen.Value;
        return chosen.Name switch
        {
            "artifact" => new OpenC2Target.Artifact(Artifact(value)),
            "command" => new OpenC2Target.Command(value.GetString()!),
            "device" => new OpenC2Target.Device(new OpenC2Device
            {
                Hostname = String(value, "hostname"),
                IdnHostname = String(value, "idn_hostname"),
                DeviceId = String(value, "device_id"),
            }),
            "domain_name" => new OpenC2Target.DomainName(value.GetString()!),
            "email_addr" => new OpenC2Target.EmailAddr(value.GetString()!),
            "features" => new OpenC2Target.Features([.. value.EnumerateArray().Select(Feature)]),
            "file" => new OpenC2Target.File(File(value)),
            "idn_domain_name" => new OpenC2Target.IdnDomainName(value.GetString()!),
            "idn_email_addr" => new OpenC2Target.IdnEmailAddr(value.GetString()!),
            "ipv4_net" => new OpenC2Target.Ipv4Net(value.GetString()!),
            "ipv6_net" => new OpenC2Target.Ipv6Net(value.GetString()!),
            "ipv4_connection" => new OpenC2Target.Ipv4Connection(Connection(value)),
            "ipv6_connection" => new OpenC2Target.Ipv6Connection(Connection(value)),
            "mac_addr" => new OpenC2Target.MacAddr(value.GetString()!),
            "process" => new OpenC2Target.Process(Process(value)),
            "properties" => new OpenC2Target.Properties(Strings(value)),
            "uri" => new OpenC2Target.Uri(value.GetString()!),
            "iri" => new OpenC2Target.Iri(value.GetString()!),
            _ => new OpenC2Target.Extension(chosen.Name, value.Clone()),
        };
    }

    private static OpenC2Feature Feature(JsonElement item)
    {
        OpenC2Vocabulary.TryParseFeature(item.GetString()!, out var feature);
        return feature;
    }

    private static OpenC2Artifact Artifact(JsonElement value)
    {
        OpenC2Payload? payload = null;
        if (value.TryGetProperty("payload", out var p))
        {
            payload = p.TryGetProperty("bin", out var bin)
                ? new OpenC2Payload.Bin(bin.GetString()!)
                : new OpenC2Payload.Url(p.GetProperty("url").GetString()!);
        }

        return new OpenC2Artifact { MimeType = String(value, "mime_type"), Payload = payload, Hashes = Hashes(value) };
    }

    private static OpenC2File File(JsonElement value) =>
        new() { Name = String(value, "name"), Path = String(value, "path"), Hashes = Hashes(value) };

    private static OpenC2Hashes? Hashes(JsonElement owner) =>
        owner.TryGetProperty("hashes", out var hashes)
            ? new OpenC2Hashes { Md5 = String(hashes, "md5"), Sha1 = String(hashes, "sha1"), Sha256 = String(hashes, "sha256") }
            : null;

    private static OpenC2Connection Connection(JsonElement value)
    {
        OpenC2L4Protocol? protocol = null;
        if (String(value, "protocol") is { } name && OpenC2Vocabulary.TryParseProtocol(name, out var parsed))
        {
            protocol = parsed;
        }

        return new OpenC2Connection
        {
            SrcAddr = String(value, "src_addr"),
            SrcPort = (int?)Integer(value, "src_port"),
            DstAddr = String(value, "dst_addr"),
            DstPort = (int?)Integer(value, "dst_port"),
            Protocol = protocol,
        };
    }

    private static OpenC2Process Process(JsonElement value) => new()
    {
        Pid = Integer(value, "pid"),
        Name = String(value, "name"),
        Cwd = String(value, "cwd"),
        Executable = value.TryGetProperty("executable", out var executable) ? File(executable) : null,
        Parent = value.TryGetProperty("parent", out var parent) ? Process(parent) : null,
        CommandLine = String(value, "command_line"),
    };

    private static ImmutableArray<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(i => i.GetString()!)];

    private static string? String(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static long? Integer(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && JsonChecks.TryGetInteger(value, out var number) ? number : null;
}
