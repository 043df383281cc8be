using Argus.Cacao.Model.Markings;

namespace Argus.Cacao.Serialization;

/// <summary>The codec of <see cref="DataMarking"/> (CACAO 9): one member list per marking type.</summary>
internal static class DataMarkingCodecs
{
    public static JsonCodec<DataMarking> Marking { get; } = new PolymorphicCodec<DataMarking>()
        .Register(DataMarkingTypes.MarkingStatement, Common(new ObjectCodec<MarkingStatement>(() => new MarkingStatement()))
            .Add("statement", JsonCodecs.String, m => m.Statement, (m, v) => m with { Statement = v }))
        .Register(DataMarkingTypes.MarkingTlp, Common(new ObjectCodec<MarkingTlp>(() => new MarkingTlp()))
            .Add("tlpv2_level", JsonCodecs.String, m => m.Tlpv2Level, (m, v) => m with { Tlpv2Level = v }))
        .Register(DataMarkingTypes.MarkingIep, Common(new ObjectCodec<MarkingIep>(() => new MarkingIep()))
            .Add("tlp", JsonCodecs.String, m => m.Tlp, (m, v) => m with { Tlp = v })
            .AddValue("iep_version", JsonCodecs.Int32, m => m.IepVersion, (m, v) => m with { IepVersion = v })
            .Add("start_date", JsonCodecs.String, m => m.StartDate, (m, v) => m with { StartDate = v })
            .Add("end_date", JsonCodecs.String, m => m.EndDate, (m, v) => m with { EndDate = v })
            .Add("encrypt_in_transit", JsonCodecs.String, m => m.EncryptInTransit, (m, v) => m with { EncryptInTransit = v })
            .Add("permitted_actions", JsonCodecs.String, m => m.PermittedActions, (m, v) => m with { PermittedActions = v })
            .Add("affected_party_notifications", JsonCodecs.String, m => m.AffectedPartyNotifications,
                (m, v) => m with { AffectedPartyNotifications = v })
            .Add("attribution", JsonCodecs.String, m => m.Attribution, (m, v) => m with { Attribution = v })
            .Add("unmodified_resale", JsonCodecs.String, m => m.UnmodifiedResale, (m, v) => m with { UnmodifiedResale = v }))
        .Fallback(type => new UnknownMarking(type), Common(new ObjectCodec<UnknownMarking>(() => new UnknownMarking(null))));

    // `with` on a DataMarking-typed value copies the derived record, so the casts back to TMarking always hold.
    private static ObjectCodec<TMarking> Common<TMarking>(ObjectCodec<TMarking> codec)
        where TMarking : DataMarking
    {
        // The type is fixed by the record; reading it back changes nothing.
        return codec
            .Add("type", JsonCodecs.String, m => m.Type, (m, _) => m)
            .Add("id", JsonCodecs.String, m => m.Id, (m, v) => (TMarking)((DataMarking)m with { Id = v }))
            .Add("name", JsonCodecs.String, m => m.Name, (m, v) => (TMarking)((DataMarking)m with { Name = v }))
            .Add("description", JsonCodecs.String, m => m.Description, (m, v) => (TMarking)((DataMarking)m with { Description = v }))
            .Add("created_by", JsonCodecs.String, m => m.CreatedBy, (m, v) => (TMarking)((DataMarking)m with { CreatedBy = v }))
            .Add("created", JsonCodecs.String, m => m.Created, (m, v) => (TMarking)((DataMarking)m with { Created = v }))
            .AddValue("revoked", JsonCodecs.Boolean, m => m.Revoked, (m, v) => (TMarking)((DataMarking)m with { Revoked = v }))
            .Add("valid_from", JsonCodecs.String, m => m.ValidFrom, (m, v) => (TMarking)((DataMarking)m with { ValidFrom = v }))
            .Add("valid_until", JsonCodecs.String, m => m.ValidUntil, (m, v) => (TMarking)((DataMarking)m with { ValidUntil = v }))
            .AddValue("labels", JsonCodecs.StringList, m => m.Labels, (m, v) => (TMarking)((DataMarking)m with { Labels = v }))
            .AddValue("external_references", DataTypeCodecs.ExternalReferences, m => m.ExternalReferences,
                (m, v) => (TMarking)((DataMarking)m with { ExternalReferences = v }))
            .Add("marking_extensions", JsonCodecs.RawMap, m => m.MarkingExtensions,
                (m, v) => (TMarking)((DataMarking)m with { MarkingExtensions = v }));
    }
}
