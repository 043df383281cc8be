using Argus.Cacao.Model.AgentTargets;

namespace Argus.Cacao.Serialization;

/// <summary>The codec of <see cref="AgentTarget"/> (CACAO 7), for every agent and target type.</summary>
internal static class AgentTargetCodec
{
    public static ObjectCodec<AgentTarget> AgentTarget { get; } = new ObjectCodec<AgentTarget>(() => new AgentTarget())
        .Add("type", JsonCodecs.String, a => a.Type, (a, v) => a with { Type = v })
        .Add("name", JsonCodecs.String, a => a.Name, (a, v) => a with { Name = v })
        .Add("description", JsonCodecs.String, a => a.Description, (a, v) => a with { Description = v })
        .Add("location", DataTypeCodecs.CivicLocation, a => a.Location, (a, v) => a with { Location = v })
        .Add("contact", DataTypeCodecs.Contact, a => a.Contact, (a, v) => a with { Contact = v })
        .AddValue("logical", JsonCodecs.StringList, a => a.Logical, (a, v) => a with { Logical = v })
        .Add("sector", JsonCodecs.String, a => a.Sector, (a, v) => a with { Sector = v })
        .Add("address", JsonCodecs.MapOf(JsonCodecs.StringList), a => a.Address, (a, v) => a with { Address = v })
        .Add("port", JsonCodecs.String, a => a.Port, (a, v) => a with { Port = v })
        .Add("authentication_info", JsonCodecs.String, a => a.AuthenticationInfo, (a, v) => a with { AuthenticationInfo = v })
        .AddValue("category", JsonCodecs.StringList, a => a.Category, (a, v) => a with { Category = v })
        .Add("agent_target_extensions", JsonCodecs.RawMap, a => a.AgentTargetExtensions,
            (a, v) => a with { AgentTargetExtensions = v });
}
