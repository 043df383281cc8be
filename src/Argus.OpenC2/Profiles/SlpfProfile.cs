using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Profiles;

/// <summary>
/// The Stateless Packet Filtering profile v1.0 (CS01), namespace id <c>slpf</c>: target <c>slpf:rule_number</c>,
/// args <c>drop_process</c>/<c>persistent</c>/<c>direction</c>/<c>insert_rule</c>, actuator specifiers and the
/// <c>rule_number</c> result (SLPF §2.1).
/// </summary>
public static class SlpfProfile
{
    public const string Nsid = "slpf";

    /// <summary>The extension target naming a rule: <c>slpf:rule_number</c>.</summary>
    public const string RuleNumberTarget = "slpf:rule_number";

    private static readonly FrozenSet<string> ArgsMembers =
        FrozenSet.Create(StringComparer.Ordinal, "drop_process", "persistent", "direction", "insert_rule");

    private static readonly FrozenSet<string> ActuatorMembers =
        FrozenSet.Create(StringComparer.Ordinal, "hostname", "named_group", "asset_id", "asset_tuple");

    private static readonly FrozenSet<string> ResultsMembers = FrozenSet.Create(StringComparer.Ordinal, "rule_number");

    private static readonly string[] DropProcesses = ["none", "reject", "false_ack"];
    private static readonly string[] Directions = ["both", "ingress", "egress"];

    /// <summary>The profile as the validator knows it.</summary>
    public static OpenC2Profile Definition { get; } = new(Nsid)
    {
        Targets = ImmutableDictionary<string, OpenC2ExtensionCheck>.Empty.Add("rule_number", CheckRuleNumber),
        Args = CheckArgs,
        Actuator = CheckActuator,
        Results = CheckResults,
    };

    private static void CheckRuleNumber(JsonElement value, string path, ICollection<OpenC2Issue> issues) =>
        JsonChecks.IsInteger(value, path, issues, "slpf:rule_number", long.MinValue, long.MaxValue, out _);

    private static void CheckArgs(JsonElement value, string path, ICollection<OpenC2Issue> issues)
    {
        if (!JsonChecks.IsRecord(value, path, issues, "args.slpf", ArgsMembers, 1))
        {
            return;
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = JsonChecks.Append(path, member.Name);
            switch (member.Name)
            {
                case "drop_process":
                    JsonChecks.IsEnumerated(member.Value, at, issues, "drop_process", DropProcesses);
                    break;
                case "persistent":
                    JsonChecks.IsBoolean(member.Value, at, issues, "persistent");
                    break;
                case "direction":
                    JsonChecks.IsEnumerated(member.Value, at, issues, "direction", Directions);
                    break;
                case "insert_rule":
                    JsonChecks.IsInteger(member.Value, at, issues, "insert_rule", long.MinValue, long.MaxValue, out _);
                    break;
            }
        }
    }

    private static void CheckActuator(JsonElement value, string path, ICollection<OpenC2Issue> issues)
    {
        if (!JsonChecks.IsRecord(value, path, issues, "actuator.slpf", ActuatorMembers, 0))
        {
            return;
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = JsonChecks.Append(path, member.Name);
            if (member.Name != "asset_tuple")
            {
                JsonChecks.IsString(member.Value, at, issues, member.Name);
                continue;
            }

            if (member.Value.ValueKind != JsonValueKind.Array || member.Value.GetArrayLength() > 10)
            {
                JsonChecks.Add(issues, at, OpenC2IssueCodes.WrongType, "asset_tuple is an array of at most 10 strings.");
                continue;
            }

            var index = 0;
            foreach (var item in member.Value.EnumerateArray())
            {
                JsonChecks.IsString(item, JsonChecks.Append(at, index++), issues, "An asset_tuple item");
            }
        }
    }

    private static void CheckResults(JsonElement value, string path, ICollection<OpenC2Issue> issues)
    {
        if (JsonChecks.IsRecord(value, path, issues, "results.slpf", ResultsMembers, 0)
            && value.TryGetProperty("rule_number", out var rule))
        {
            JsonChecks.IsInteger(rule, JsonChecks.Append(path, "rule_number"), issues, "rule_number", long.MinValue, long.MaxValue, out _);
        }
    }
}
