using Argus.OpenC2.Language;

namespace Argus.ActuatorSim.Slpf;

/// <summary>A packet-filter rule the simulator holds: created by allow or deny, removed by delete.</summary>
/// <param name="Number">The rule number returned in <c>results.slpf.rule_number</c>.</param>
/// <param name="Action">Allow or deny.</param>
/// <param name="Target">The address or connection the rule matches.</param>
/// <param name="Direction">both, ingress or egress (SLPF §2.1.3.2; absent means both).</param>
/// <param name="CommandJson">The command that created the rule, as received.</param>
public sealed record SlpfRule(long Number, OpenC2Action Action, OpenC2Target Target, string Direction, byte[] CommandJson);
