using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Profiles;
using Argus.OpenC2.Serialization;

namespace Argus.ActuatorSim.Slpf;

/// <summary>Executes SLPF v1.0 commands against a <see cref="SlpfRuleTable"/> and says what a complete response is.</summary>
internal sealed class SlpfActuator(SlpfRuleTable rules)
{
    /// <summary>The namespace of the simulator's own results (the rule listing of <c>query properties ["rules"]</c>).</summary>
    public const string ResultsNamespace = "x-argus";

    private static readonly ImmutableDictionary<string, ImmutableArray<string>> Pairs =
        new Dictionary<string, ImmutableArray<string>>
        {
            ["allow"] = ["ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
            ["deny"] = ["ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
            ["query"] = ["features", "properties"],
            ["delete"] = [SlpfProfile.RuleNumberTarget],
            ["update"] = ["file"],
        }.ToImmutableDictionary(StringComparer.Ordinal);

    public OpenC2Response Execute(OpenC2Command command, byte[] commandJson)
    {
        if (command.Actuator is { } actuator && actuator.Profile != SlpfProfile.Nsid)
        {
            return Answer(OpenC2StatusCode.NotFound, "No matching actuator found.");
        }

        return (command.Action, command.Target) switch
        {
            (OpenC2Action.Query, OpenC2Target.Features features) => QueryFeatures(command, features),
            (OpenC2Action.Query, OpenC2Target.Properties properties) => QueryProperties(properties),
            (OpenC2Action.Allow or OpenC2Action.Deny,
                OpenC2Target.Ipv4Net or OpenC2Target.Ipv6Net or OpenC2Target.Ipv4Connection or OpenC2Target.Ipv6Connection)
                => AddRule(command, commandJson),
            (OpenC2Action.Delete, OpenC2Target.Extension { QualifiedName: SlpfProfile.RuleNumberTarget } rule) => Delete(command, rule),
            (OpenC2Action.Update, OpenC2Target.File file) => Update(command, file),
            _ => Answer(OpenC2StatusCode.NotImplemented, "Command not supported."),
        };
    }

    private static OpenC2Response QueryFeatures(OpenC2Command command, OpenC2Target.Features features)
    {
        // LS v1.0 §4: the only argument allowed with query features is response_requested: complete.
        var args = command.Args;
        if (args is not null && (args.StartTime is not null || args.StopTime is not null || args.Duration is not null
            || !args.Profiles.IsEmpty || args.ResponseRequested is not (null or OpenC2ResponseRequested.Complete)))
        {
            return Answer(OpenC2StatusCode.BadRequest, "query features accepts only response_requested: complete.");
        }

        if (features.Items.IsEmpty)
        {
            return new OpenC2Response(OpenC2StatusCode.Ok);
        }

        var results = new OpenC2Results();
        foreach (var feature in features.Items)
        {
            results = feature switch
            {
                OpenC2Feature.Versions => results with { Versions = ["1.0"] },
                OpenC2Feature.Profiles => results with { Profiles = [SlpfProfile.Nsid] },
                OpenC2Feature.Pairs => results with { Pairs = Pairs },
                _ => results with { RateLimit = 6000 },
            };
        }

        return new OpenC2Response(OpenC2StatusCode.Ok) { Results = results };
    }

    private OpenC2Response QueryProperties(OpenC2Target.Properties properties)
    {
        if (properties.Items is not ["rules"])
        {
            return Answer(OpenC2StatusCode.NotImplemented, "The only property is 'rules'.");
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("rules");
            foreach (var rule in rules.Snapshot())
            {
                writer.WriteStartObject();
                writer.WriteNumber("rule_number", rule.Number);
                writer.WritePropertyName("command");
                writer.WriteRawValue(rule.CommandJson, skipInputValidation: false);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new OpenC2Response(OpenC2StatusCode.Ok)
        {
            Results = new OpenC2Results
            {
                Extensions = ImmutableDictionary<string, JsonElement>.Empty.Add(ResultsNamespace, document.RootElement.Clone()),
            },
        };
    }

    private OpenC2Response AddRule(OpenC2Command command, byte[] commandJson)
    {
        var direction = "both";
        long? insertAt = null;
        if (command.Args?.Profiles.TryGetValue(SlpfProfile.Nsid, out var slpf) == true)
        {
            if (slpf.TryGetProperty("direction", out var d))
            {
                direction = d.GetString() ?? direction;
            }

            if (slpf.TryGetProperty("insert_rule", out var insert))
            {
                insertAt = insert.GetInt64();
            }
        }

        var rule = rules.TryAdd(number => new SlpfRule(number, command.Action, command.Target, direction, commandJson), insertAt);
        if (rule is null)
        {
            return Answer(OpenC2StatusCode.NotImplemented, "Rule number currently in use.");
        }

        return new OpenC2Response(OpenC2StatusCode.Ok)
        {
            Results = new OpenC2Results
            {
                Extensions = ImmutableDictionary<string, JsonElement>.Empty.Add(
                    SlpfProfile.Nsid, OpenC2Json.Parse($$"""{"rule_number":{{rule.Number}}}""")),
            },
        };
    }

    private OpenC2Response Delete(OpenC2Command command, OpenC2Target.Extension rule)
    {
        // SLPF §2.3.3.1: delete takes response_requested only.
        if (command.Args is { } args && (args.StartTime is not null || args.StopTime is not null || args.Duration is not null || !args.Profiles.IsEmpty))
        {
            return Answer(OpenC2StatusCode.NotImplemented, "Option not supported.");
        }

        return rules.Remove(rule.Value.GetInt64())
            ? new OpenC2Response(OpenC2StatusCode.Ok)
            : Answer(OpenC2StatusCode.InternalError, "Firewall rule not removed or updated.");
    }

    private static OpenC2Response Update(OpenC2Command command, OpenC2Target.File file)
    {
        if (command.Args is { } args && (args.StartTime is not null || args.StopTime is not null || args.Duration is not null || !args.Profiles.IsEmpty))
        {
            return Answer(OpenC2StatusCode.NotImplemented, "Option not supported.");
        }

        return file.Value.Name is null
            ? Answer(OpenC2StatusCode.BadRequest, "update file needs file.name.")
            : Answer(OpenC2StatusCode.Ok, "Configuration file accepted (simulated).");
    }

    private static OpenC2Response Answer(int status, string text) => new(status) { StatusText = text };

    internal static OpenC2Response ValidationError(OpenC2.Validation.OpenC2ValidationReport report)
    {
        var first = report.Issues[0];
        return Answer(OpenC2StatusCode.BadRequest, $"Validation Error: {first.Path} {first.Message}");
    }

    internal static byte[] Serialize(OpenC2Response response) => OpenC2Writer.ToUtf8Bytes(response);
}
