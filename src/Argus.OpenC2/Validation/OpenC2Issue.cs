namespace Argus.OpenC2.Validation;

/// <summary>One problem found in an OpenC2 message.</summary>
/// <param name="Path">RFC 6901 JSON pointer to the offending value (<c>""</c> for the whole document).</param>
/// <param name="Code">A stable code from <see cref="OpenC2IssueCodes"/>.</param>
/// <param name="Message">A human-readable explanation, never containing secrets.</param>
public sealed record OpenC2Issue(string Path, string Code, string Message);
