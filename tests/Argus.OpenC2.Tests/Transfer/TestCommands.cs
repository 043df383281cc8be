using System.Collections.Immutable;
using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Profiles;

namespace Argus.OpenC2.Tests.Transfer;

/// <summary>Builders for the commands the client tests send.</summary>
internal static class TestCommands
{
    public static OpenC2Command QueryFeatures(params OpenC2Feature[] features) =>
        new(OpenC2Action.Query, new OpenC2Target.Features([.. features]));

    public static OpenC2Command DenyIpv4(string net, OpenC2ResponseRequested? requested = null) =>
        new(OpenC2Action.Deny, new OpenC2Target.Ipv4Net(net))
        {
            Args = new OpenC2Args { ResponseRequested = requested },
            Actuator = OpenC2Actuator.Any(SlpfProfile.Nsid),
        };

    public static OpenC2Command DeleteRule(long number) =>
        new(OpenC2Action.Delete, new OpenC2Target.Extension(SlpfProfile.RuleNumberTarget, OpenC2Json.Parse(number.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            Args = new OpenC2Args { ResponseRequested = OpenC2ResponseRequested.Complete },
        };

    public static OpenC2Command ContainDevice() =>
        new(OpenC2Action.Contain, new OpenC2Target.Device(new OpenC2Device { DeviceId = "laptop-7" }));

    public static long RuleNumberOf(OpenC2Response response) =>
        response.Results!.Extensions[SlpfProfile.Nsid].GetProperty("rule_number").GetInt64();

    public static ImmutableDictionary<string, JsonElement> NoProfiles => ImmutableDictionary<string, JsonElement>.Empty;
}
