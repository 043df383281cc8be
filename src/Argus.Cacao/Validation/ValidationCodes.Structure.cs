namespace Argus.Cacao.Validation;

/// <summary>
/// The stable, dotted codes of <see cref="ValidationIssue.Code"/>. Codes never change meaning once published;
/// new checks get new codes.
/// </summary>
public static partial class ValidationCodes
{
    /// <summary>A required property is missing (error). The path points at where the property belongs.</summary>
    public const string PropertyRequired = "property.required";

    /// <summary>A property the object's type does not define (warning; often a typo or a producer's own field).</summary>
    public const string PropertyUnknown = "property.unknown";

    /// <summary>A value has the wrong JSON type, such as a number where a string belongs (error).</summary>
    public const string TypeMismatch = "type.mismatch";

    /// <summary>A list or dictionary has fewer entries than the spec requires, such as an empty <c>targets</c> list (error).</summary>
    public const string CollectionTooSmall = "collection.too-small";

    /// <summary>A value is not an identifier of the form <c>object-type--UUID</c> (error).</summary>
    public const string IdentifierMalformed = "identifier.malformed";

    /// <summary>An identifier's object type differs from the type its place requires or the object's <c>type</c> (warning: vocabularies are open).</summary>
    public const string IdentifierPrefixMismatch = "identifier.prefix-mismatch";

    /// <summary>The UUID part of an identifier is used by another object of the playbook (error).</summary>
    public const string IdentifierDuplicateUuid = "identifier.duplicate-uuid";

    /// <summary>An object's UUID is not version 4 (warning; steps MUST and other objects SHOULD use UUIDv4, a playbook MAY use v5).</summary>
    public const string IdentifierUuidVersion = "identifier.uuid-version";

    /// <summary>A value is not an RFC 3339 UTC timestamp with a real date (error).</summary>
    public const string TimestampMalformed = "timestamp.malformed";

    /// <summary>A <c>created</c>/<c>modified</c> timestamp without exactly three fraction digits (warning).</summary>
    public const string TimestampPrecision = "timestamp.precision";

    /// <summary><c>modified</c> earlier than <c>created</c>, or <c>valid_until</c> not later than <c>valid_from</c> (error).</summary>
    public const string TimestampOrder = "timestamp.order";

    /// <summary>A value outside an open vocabulary (<c>-ov</c>) (warning).</summary>
    public const string VocabularyUnknown = "vocabulary.unknown";

    /// <summary>A type that an earlier draft defined and CS01 dropped, such as <c>private-key</c> (warning).</summary>
    public const string VocabularyLegacy = "vocabulary.legacy";

    /// <summary>A value outside a closed enumeration (<c>-enum</c>) or a constant (error).</summary>
    public const string EnumInvalid = "enum.invalid";

    /// <summary>A number outside its allowed range or not a whole number (error).</summary>
    public const string NumberRange = "number.range";

    /// <summary>A <c>*_b64</c> value that is not RFC 4648 base64, or a signature value that is not base64url (error).</summary>
    public const string Base64Invalid = "base64.invalid";

    /// <summary>A command of a type that needs <c>command</c> or <c>command_b64</c> has neither (error).</summary>
    public const string CommandMissing = "command.missing";

    /// <summary>An http-api or openc2-http <c>command</c> that does not begin with an HTTP method (error).</summary>
    public const string HttpStartLine = "http.start-line";

    /// <summary>An HTTP start line that is not exactly <c>METHOD request-target HTTP/x.y</c> (warning).</summary>
    public const string HttpStartLineNonstandard = "http.start-line-nonstandard";

    /// <summary>An openc2-http command whose HTTP method is not POST (error).</summary>
    public const string OpenC2Method = "openc2.method";

    /// <summary>Authentication info that combines a KMS key with secrets, or names a KMS key without <c>kms: true</c> (error).</summary>
    public const string KmsConflict = "kms.conflict";

    /// <summary>A marking-tlp whose id is not the standard definition of its TLP level (warning).</summary>
    public const string MarkingTlpNonstandard = "marking.tlp-nonstandard";

    /// <summary>A data marking whose <c>id</c> differs from its dictionary key (error).</summary>
    public const string MarkingIdMismatch = "marking.id-mismatch";

    /// <summary>A variable name that is not <c>__name__</c> starting with a letter, at most 250 characters (error).</summary>
    public const string VariableName = "variable.name";

    /// <summary><c>external</c> set on a step variable: it only applies to playbook variables (warning).</summary>
    public const string VariableExternalScope = "variable.external-scope";

    /// <summary>An agent or target <c>address</c> key outside dname/ipv4/ipv6/l2mac/vlan/url (error).</summary>
    public const string AddressType = "address.type";

    /// <summary>An address value that is neither a valid address of its kind nor contains a variable (error).</summary>
    public const string AddressFormat = "address.format";

    /// <summary>A <c>port</c> that is neither 1..65535 nor contains a variable (error).</summary>
    public const string PortInvalid = "port.invalid";

    /// <summary>A civic location with unpaired, unparsable or out-of-range coordinates, or a bad country code (error).</summary>
    public const string LocationInvalid = "location.invalid";

    /// <summary>An external reference with only a name (warning: one of description/source/url/external_id/reference_id MUST be present).</summary>
    public const string ExternalReferenceIncomplete = "external-reference.incomplete";

    /// <summary>An extension property name outside ASCII <c>[a-z0-9_]</c>, 3 to 250 characters (warning).</summary>
    public const string ExtensionPropertyName = "extension.property-name";

    /// <summary>A signature with none of public_key, public_cert_chain, cert_url or thumbprint (error).</summary>
    public const string SignatureKeyMissing = "signature.key-missing";

    /// <summary>A signature algorithm the spec says SHOULD NOT be used (HS256/HS384/HS512) (warning).</summary>
    public const string SignatureAlgorithmDiscouraged = "signature.algorithm-discouraged";

    /// <summary><c>playbook_types</c> from the vocabulary without any <c>playbook_activities</c> (warning).</summary>
    public const string PlaybookActivitiesMissing = "playbook.activities-missing";
}
