using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Structure of <c>authentication_info_definitions</c> (section 6) and the KMS rules: with <c>kms</c> and
/// <c>kms_key_identifier</c> the secret fields MUST NOT be populated, and a key identifier needs <c>kms: true</c>.
/// Messages never repeat secret values.
/// </summary>
internal sealed class AuthenticationInfoDefinitionsRule : IValidationRule
{
    private static readonly PropertyRule[] Common =
    [
        new("type", Shapes.Vocabulary(CacaoVocabularies.AuthenticationInfoTypes), IsRequired: true),
        new("name", Shapes.String),
        new("description", Shapes.String),
        new("authentication_info_extensions", DataTypeShapes.Extensions),
    ];

    private static readonly PropertyRule[] Kms =
    [
        new("kms", Shapes.Boolean),
        new("kms_key_identifier", Shapes.String),
    ];

    private static readonly TypedObjectShape Shape = new(
        new ObjectShape(Common, reportsUnknown: false),
        [
            Typed("http-basic", ["user_id", "password"], [new("user_id", Shapes.String), new("password", Shapes.String)]),
            // The schema requires oauth_header and token, which makes a KMS-backed oauth2 object impossible (spec-notes §3.11).
            Typed("oauth2", ["token"], [new("oauth_header", Shapes.String, IsRequired: true), new("token", Shapes.String)], CheckOAuth2Token),
            Typed("user-auth", ["password"], [new("username", Shapes.String), new("password", Shapes.String)]),
            // CSD03's private-key type: dropped by CS01 but still written by SOARCA and playbooks in the wild.
            Typed("private-key", ["private_key"], [new("type", Shapes.String, IsRequired: true), new("username", Shapes.String), new("private_key", Shapes.String)], WarnLegacy),
        ]);

    public void Check(ValidationContext context) =>
        DefinitionDictionary.Check(context, PlaybookMember.AuthenticationInfoDefinitions, Shape);

    private static KeyValuePair<string, ObjectShape> Typed(string type, string[] secrets, PropertyRule[] specific,
        CrossCheck? extra = null)
    {
        CrossCheck kms = (context, in members, path) => CheckKms(context, members, path, secrets);
        return new(type, new ObjectShape([.. Common, .. Kms, .. specific], reportsUnknown: true,
            extra is null ? [kms] : [kms, extra]));
    }

    private static void CheckKms(ValidationContext context, in ObjectMembers value, PointerPath path, string[] secrets)
    {
        var kms = value.IsTrue("kms"u8);
        var hasKeyIdentifier = value.Has("kms_key_identifier"u8);
        if (hasKeyIdentifier && !kms)
        {
            context.Error(path.Append("kms"), ValidationCodes.KmsConflict,
                "kms_key_identifier is present, so kms must be true.");
        }

        if (!kms)
        {
            return;
        }

        foreach (var secret in secrets)
        {
            if (value.Has(secret))
            {
                context.Error(path.Append(secret), ValidationCodes.KmsConflict,
                    $"'{secret}' must not be populated when the secret is kept in a key management service (kms is true).");
            }
        }
    }

    private static void CheckOAuth2Token(ValidationContext context, in ObjectMembers value, PointerPath path)
    {
        if (!value.IsTrue("kms"u8) && !value.Has("token"u8))
        {
            context.Error(path.Append("token"), ValidationCodes.PropertyRequired,
                "The required property 'token' is missing (it may only be left out when kms is true).");
        }
    }

    private static void WarnLegacy(ValidationContext context, in ObjectMembers value, PointerPath path) =>
        context.Warning(path.Append("type"), ValidationCodes.VocabularyLegacy,
            "'private-key' is an authentication type of CACAO CSD03 that CS01 dropped; other implementations may not support it.");
}
