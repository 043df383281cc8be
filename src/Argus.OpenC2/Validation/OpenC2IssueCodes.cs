namespace Argus.OpenC2.Validation;

/// <summary>The codes of <see cref="OpenC2Issue"/>.</summary>
public static class OpenC2IssueCodes
{
    public const string Malformed = "json.malformed";
    public const string TooLarge = "json.too-large";
    public const string DuplicateMember = "json.duplicate-member";
    public const string InvalidUnicode = "json.invalid-unicode";
    public const string WrongType = "type";
    public const string Required = "required";
    public const string UnknownMember = "unknown-member";
    public const string Choice = "choice";
    public const string Empty = "empty";
    public const string NotInEnumeration = "enum";
    public const string Format = "format";
    public const string OutOfRange = "range";
    public const string NotUnique = "unique";
    public const string UnknownExtension = "extension.unknown";
    public const string ExtensionName = "extension.name";
}
