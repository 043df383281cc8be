namespace Argus.Storage.Actuators;

/// <summary>The codes of <see cref="ActuatorIssue"/>.</summary>
public static class ActuatorIssueCodes
{
    public const string Required = "actuator.required";
    public const string TooLong = "actuator.too_long";
    public const string InvalidCharacters = "actuator.invalid_characters";
    public const string DuplicateName = "actuator.name.duplicate";
    public const string InvalidUrl = "actuator.endpoint.invalid";
    public const string NotHttps = "actuator.endpoint.not_https";
    public const string UrlHasUserInfo = "actuator.endpoint.user_info";
    public const string UrlHasQueryOrFragment = "actuator.endpoint.query_or_fragment";
    public const string UrlHasPath = "actuator.endpoint.path";
    public const string InvalidPath = "actuator.path.invalid";
    public const string InvalidProfile = "actuator.profiles.invalid";
    public const string DuplicateProfile = "actuator.profiles.duplicate";
    public const string TooMany = "actuator.too_many";
    public const string OutOfRange = "actuator.out_of_range";
    public const string InvalidPkcs12 = "actuator.client_certificate.invalid";
    public const string NoPrivateKey = "actuator.client_certificate.no_private_key";
    public const string InvalidPem = "actuator.trusted_ca.invalid";
    public const string PemHasPrivateKey = "actuator.trusted_ca.private_key";
    public const string InvalidFingerprint = "actuator.pin.invalid";
}
