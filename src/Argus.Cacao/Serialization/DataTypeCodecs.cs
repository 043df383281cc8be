using System.Collections.Immutable;
using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>Codecs of the CACAO data types of section 10 shared by several objects.</summary>
internal static class DataTypeCodecs
{
    public static ObjectCodec<ExternalReference> ExternalReference { get; } = new ObjectCodec<ExternalReference>(() => new ExternalReference())
        .Add("name", JsonCodecs.String, r => r.Name, (r, v) => r with { Name = v })
        .Add("description", JsonCodecs.String, r => r.Description, (r, v) => r with { Description = v })
        .Add("source", JsonCodecs.String, r => r.Source, (r, v) => r with { Source = v })
        .Add("url", JsonCodecs.String, r => r.Url, (r, v) => r with { Url = v })
        .Add("external_id", JsonCodecs.String, r => r.ExternalId, (r, v) => r with { ExternalId = v })
        .Add("reference_id", JsonCodecs.String, r => r.ReferenceId, (r, v) => r with { ReferenceId = v });

    public static JsonCodec<ImmutableArray<ExternalReference>> ExternalReferences { get; } = JsonCodecs.ListOf(ExternalReference);

    public static ObjectCodec<Variable> Variable { get; } = new ObjectCodec<Variable>(() => new Variable())
        .Add("type", JsonCodecs.String, v => v.Type, (v, x) => v with { Type = x })
        .Add("description", JsonCodecs.String, v => v.Description, (v, x) => v with { Description = x })
        .AddValue("value", JsonCodecs.Raw, v => v.Value, (v, x) => v with { Value = x })
        .AddValue("constant", JsonCodecs.Boolean, v => v.Constant, (v, x) => v with { Constant = x })
        .AddValue("external", JsonCodecs.Boolean, v => v.External, (v, x) => v with { External = x });

    public static JsonCodec<OrderedMap<Variable>> Variables { get; } = JsonCodecs.MapOf(Variable);

    public static ObjectCodec<CivicLocation> CivicLocation { get; } = new ObjectCodec<CivicLocation>(() => new CivicLocation())
        .Add("name", JsonCodecs.String, l => l.Name, (l, v) => l with { Name = v })
        .Add("description", JsonCodecs.String, l => l.Description, (l, v) => l with { Description = v })
        .Add("building_details", JsonCodecs.String, l => l.BuildingDetails, (l, v) => l with { BuildingDetails = v })
        .Add("network_details", JsonCodecs.String, l => l.NetworkDetails, (l, v) => l with { NetworkDetails = v })
        .Add("region", JsonCodecs.String, l => l.Region, (l, v) => l with { Region = v })
        .Add("country", JsonCodecs.String, l => l.Country, (l, v) => l with { Country = v })
        .Add("administrative_area", JsonCodecs.String, l => l.AdministrativeArea, (l, v) => l with { AdministrativeArea = v })
        .Add("city", JsonCodecs.String, l => l.City, (l, v) => l with { City = v })
        .Add("street_address", JsonCodecs.String, l => l.StreetAddress, (l, v) => l with { StreetAddress = v })
        .Add("postal_code", JsonCodecs.String, l => l.PostalCode, (l, v) => l with { PostalCode = v })
        .Add("latitude", JsonCodecs.String, l => l.Latitude, (l, v) => l with { Latitude = v })
        .Add("longitude", JsonCodecs.String, l => l.Longitude, (l, v) => l with { Longitude = v })
        .Add("precision", JsonCodecs.String, l => l.Precision, (l, v) => l with { Precision = v });

    public static ObjectCodec<Contact> Contact { get; } = new ObjectCodec<Contact>(() => new Contact())
        .Add("email", JsonCodecs.MapOf(JsonCodecs.String), c => c.Email, (c, v) => c with { Email = v })
        .Add("phone", JsonCodecs.MapOf(JsonCodecs.String), c => c.Phone, (c, v) => c with { Phone = v })
        .Add("contact_details", JsonCodecs.String, c => c.ContactDetails, (c, v) => c with { ContactDetails = v });

    public static ObjectCodec<PlaybookProcessingSummary> ProcessingSummary { get; } =
        new ObjectCodec<PlaybookProcessingSummary>(() => new PlaybookProcessingSummary())
            .AddValue("manual_playbook", JsonCodecs.Boolean, s => s.ManualPlaybook, (s, v) => s with { ManualPlaybook = v })
            .AddValue("external_playbooks", JsonCodecs.Boolean, s => s.ExternalPlaybooks, (s, v) => s with { ExternalPlaybooks = v })
            .AddValue("parallel_processing", JsonCodecs.Boolean, s => s.ParallelProcessing, (s, v) => s with { ParallelProcessing = v })
            .AddValue("if_logic", JsonCodecs.Boolean, s => s.IfLogic, (s, v) => s with { IfLogic = v })
            .AddValue("while_logic", JsonCodecs.Boolean, s => s.WhileLogic, (s, v) => s with { WhileLogic = v })
            .AddValue("switch_logic", JsonCodecs.Boolean, s => s.SwitchLogic, (s, v) => s with { SwitchLogic = v })
            .AddValue("temporal_logic", JsonCodecs.Boolean, s => s.TemporalLogic, (s, v) => s with { TemporalLogic = v })
            .AddValue("data_markings", JsonCodecs.Boolean, s => s.DataMarkings, (s, v) => s with { DataMarkings = v })
            .AddValue("digital_signatures", JsonCodecs.Boolean, s => s.DigitalSignatures, (s, v) => s with { DigitalSignatures = v })
            .AddValue("countersigned_signatures", JsonCodecs.Boolean, s => s.CountersignedSignatures,
                (s, v) => s with { CountersignedSignatures = v })
            .AddValue("extensions", JsonCodecs.Boolean, s => s.Extensions, (s, v) => s with { Extensions = v });

    public static ObjectCodec<ExtensionDefinition> ExtensionDefinition { get; } =
        new ObjectCodec<ExtensionDefinition>(() => new ExtensionDefinition())
            .Add("type", JsonCodecs.String, e => e.Type, (e, v) => e with { Type = v })
            .Add("name", JsonCodecs.String, e => e.Name, (e, v) => e with { Name = v })
            .Add("description", JsonCodecs.String, e => e.Description, (e, v) => e with { Description = v })
            .Add("created_by", JsonCodecs.String, e => e.CreatedBy, (e, v) => e with { CreatedBy = v })
            .Add("schema", JsonCodecs.String, e => e.Schema, (e, v) => e with { Schema = v })
            .Add("version", JsonCodecs.String, e => e.Version, (e, v) => e with { Version = v })
            .AddValue("external_references", ExternalReferences, e => e.ExternalReferences, (e, v) => e with { ExternalReferences = v });

    public static ObjectCodec<Signature> Signature { get; } = CreateSignature();

    private static ObjectCodec<Signature> CreateSignature()
    {
        var codec = new ObjectCodec<Signature>(() => new Signature())
            .Add("type", JsonCodecs.String, s => s.Type, (s, v) => s with { Type = v })
            .Add("id", JsonCodecs.String, s => s.Id, (s, v) => s with { Id = v })
            .Add("created_by", JsonCodecs.String, s => s.CreatedBy, (s, v) => s with { CreatedBy = v })
            .Add("created", JsonCodecs.String, s => s.Created, (s, v) => s with { Created = v })
            .Add("modified", JsonCodecs.String, s => s.Modified, (s, v) => s with { Modified = v })
            .AddValue("revoked", JsonCodecs.Boolean, s => s.Revoked, (s, v) => s with { Revoked = v })
            .Add("signee", JsonCodecs.String, s => s.Signee, (s, v) => s with { Signee = v })
            .Add("valid_from", JsonCodecs.String, s => s.ValidFrom, (s, v) => s with { ValidFrom = v })
            .Add("valid_until", JsonCodecs.String, s => s.ValidUntil, (s, v) => s with { ValidUntil = v })
            .Add("related_to", JsonCodecs.String, s => s.RelatedTo, (s, v) => s with { RelatedTo = v })
            .Add("related_version", JsonCodecs.String, s => s.RelatedVersion, (s, v) => s with { RelatedVersion = v })
            .Add("hash_algorithm", JsonCodecs.String, s => s.HashAlgorithm, (s, v) => s with { HashAlgorithm = v })
            .Add("algorithm", JsonCodecs.String, s => s.Algorithm, (s, v) => s with { Algorithm = v })
            .Add("public_key", JsonCodecs.String, s => s.PublicKey, (s, v) => s with { PublicKey = v })
            .AddValue("public_cert_chain", JsonCodecs.StringList, s => s.PublicCertChain, (s, v) => s with { PublicCertChain = v })
            .Add("cert_url", JsonCodecs.String, s => s.CertUrl, (s, v) => s with { CertUrl = v })
            .Add("thumbprint", JsonCodecs.String, s => s.Thumbprint, (s, v) => s with { Thumbprint = v })
            .Add("value", JsonCodecs.String, s => s.Value, (s, v) => s with { Value = v });

        // A countersignature is a signature nested in its own "signature" member.
        return codec.Add("signature", codec, s => s.Countersignature, (s, v) => s with { Countersignature = v });
    }
}
