using Argus.Cacao.Model.Commands;

namespace Argus.Cacao.Serialization;

/// <summary>The codec of <see cref="CommandData"/> (CACAO 5), for every command type.</summary>
internal static class CommandDataCodec
{
    public static ObjectCodec<CommandData> Command { get; } = new ObjectCodec<CommandData>(() => new CommandData())
        .Add("type", JsonCodecs.String, c => c.Type, (c, v) => c with { Type = v })
        .Add("description", JsonCodecs.String, c => c.Description, (c, v) => c with { Description = v })
        .Add("version", JsonCodecs.String, c => c.Version, (c, v) => c with { Version = v })
        .Add("playbook_activity", JsonCodecs.String, c => c.PlaybookActivity, (c, v) => c with { PlaybookActivity = v })
        .AddValue("external_references", DataTypeCodecs.ExternalReferences, c => c.ExternalReferences,
            (c, v) => c with { ExternalReferences = v })
        .Add("command", JsonCodecs.String, c => c.Command, (c, v) => c with { Command = v })
        .Add("command_b64", JsonCodecs.String, c => c.CommandBase64, (c, v) => c with { CommandBase64 = v })
        .Add("headers", JsonCodecs.MapOf(JsonCodecs.StringList), c => c.Headers, (c, v) => c with { Headers = v })
        .Add("content", JsonCodecs.String, c => c.Content, (c, v) => c with { Content = v })
        .Add("content_b64", JsonCodecs.String, c => c.ContentBase64, (c, v) => c with { ContentBase64 = v });
}
