using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Structure of <c>signatures</c> (section 10.15), countersignatures included. Whether a signature verifies is
/// the signing feature's concern, not the validator's.
/// </summary>
internal sealed class SignaturesRule : IValidationRule
{
    private static readonly string[] KeyFields = ["public_key", "public_cert_chain", "cert_url", "thumbprint"];

    private static ValueShape Discouraged { get; } = new((context, value, in path) =>
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is "HS256" or "HS384" or "HS512")
        {
            context.Warning(path, ValidationCodes.SignatureAlgorithmDiscouraged,
                $"{value.GetString()} is a shared-secret algorithm; the spec says it SHOULD NOT be used for playbook signatures.");
        }
    });

    private static readonly ObjectShape Shape = CreateShape();

    private static readonly ValueShape SignatureList = Shapes.ArrayOf(Shape.Value, minimumItems: 1);

    public void Check(ValidationContext context)
    {
        if (context.Reading.Playbook[PlaybookMember.Signatures] is { ValueKind: not JsonValueKind.Undefined } signatures)
        {
            SignatureList.Check(context, signatures, PointerPath.Root.Append("signatures"));
        }
    }

    private static ObjectShape CreateShape()
    {
        ObjectShape? shape = null;
        // A countersignature is a signature nested in "signature"; the shape refers to itself lazily.
        // shape is assigned below, before any document is checked, so it is never null when this runs.
        var nested = new ValueShape((context, value, in path) => shape!.Check(context, value, path));
        shape = new ObjectShape(
            [
                new("type", Shapes.Const("jss"), IsRequired: true),
                new("id", Shapes.Identifier("jss"), IsRequired: true),
                new("created_by", Shapes.Identifier("identity")),
                new("created", Shapes.Timestamp(millisecondPrecision: true), IsRequired: true),
                new("modified", Shapes.Timestamp(millisecondPrecision: true), IsRequired: true),
                new("revoked", Shapes.Boolean),
                new("signee", Shapes.String, IsRequired: true),
                new("valid_from", Shapes.Timestamp()),
                new("valid_until", Shapes.Timestamp()),
                // The schema always requires related_to; the spec only for detached signatures (spec-notes §3.12).
                new("related_to", Shapes.Identifier()),
                new("related_version", Shapes.Timestamp(), IsRequired: true),
                new("hash_algorithm", Shapes.Vocabulary(CacaoVocabularies.HashAlgorithms), IsRequired: true),
                new("algorithm", Shapes.All(Shapes.Vocabulary(CacaoVocabularies.SignatureAlgorithms), Discouraged), IsRequired: true),
                new("public_key", Shapes.String),
                new("public_cert_chain", Shapes.ArrayOf(Shapes.String, minimumItems: 1)),
                new("cert_url", Shapes.String),
                new("thumbprint", Shapes.String),
                new("value", Shapes.Base64Url, IsRequired: true),
                new("signature", nested),
            ],
            reportsUnknown: true,
            CheckKeyMaterial,
            TimestampOrder.CreatedModified,
            TimestampOrder.ValidityWindow);
        return shape;
    }

    // "One of ... MUST be populated": at least one (the schema's oneOf forbids several; spec-notes §3.12).
    private static void CheckKeyMaterial(ValidationContext context, in ObjectMembers signature, PointerPath path)
    {
        if (!signature.HasAny(KeyFields))
        {
            context.Error(path, ValidationCodes.SignatureKeyMissing,
                "The signature names no key: one of public_key, public_cert_chain, cert_url or thumbprint must be present.");
        }
    }
}
