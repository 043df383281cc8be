using System.Collections.Immutable;

namespace Argus.Storage.Actuators;

/// <summary>Checks an <see cref="ActuatorDraft"/> field by field and reports every issue; certificates in <c>ActuatorValidator.Certificates.cs</c>.</summary>
internal static partial class ActuatorValidator
{
    public static (ValidatedActuator? Actuator, ImmutableArray<ActuatorIssue> Issues) Validate(ActuatorDraft draft)
    {
        var issues = ImmutableArray.CreateBuilder<ActuatorIssue>();
        var name = CheckName(draft.Name, issues);
        var endpoint = CheckEndpoint(draft.Endpoint, issues);
        CheckPath(draft.Path, issues);
        CheckProfiles(draft.Profiles, issues);
        if (draft.Timeout < ActuatorLimits.MinTimeout || draft.Timeout > ActuatorLimits.MaxTimeout)
        {
            issues.Add(new("timeoutSeconds", ActuatorIssueCodes.OutOfRange,
                $"The timeout must lie between {ActuatorLimits.MinTimeout.TotalSeconds} and {ActuatorLimits.MaxTimeout.TotalSeconds} seconds."));
        }

        if (!Enum.IsDefined(draft.TransferVersion) || !Enum.IsDefined(draft.ActuatorMember) || !Enum.IsDefined(draft.Environment))
        {
            throw new ArgumentException("An enumeration value is not defined.", nameof(draft));
        }

        CheckAuthentication(draft.Authentication, issues);
        var certificate = CheckClientCertificate(draft.ClientCertificate, issues);
        CheckTrustedAuthorities(draft.TrustedCertificateAuthorityPem, issues);
        var pin = CheckPin(draft.PinnedServerCertificateSha256, issues);
        return issues.Count == 0 && name is not null && endpoint is not null
            ? (new ValidatedActuator(draft, name, endpoint, pin, certificate), [])
            : (null, issues.ToImmutable());
    }

    private static string? CheckName(string? name, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Add(new("name", ActuatorIssueCodes.Required, "A name is required."));
            return null;
        }

        if (name.Length > ActuatorLimits.MaxNameLength)
        {
            issues.Add(new("name", ActuatorIssueCodes.TooLong, $"The name exceeds {ActuatorLimits.MaxNameLength} characters."));
            return null;
        }

        if (name.Trim().Length != name.Length || name.Any(char.IsControl))
        {
            issues.Add(new("name", ActuatorIssueCodes.InvalidCharacters, "The name has control characters or leading or trailing white space."));
            return null;
        }

        return name;
    }

    private static Uri? CheckEndpoint(string? text, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        const string Field = "endpoint";
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new(Field, ActuatorIssueCodes.Required, "An endpoint URL is required."));
            return null;
        }

        if (text.Length > ActuatorLimits.MaxEndpointLength)
        {
            issues.Add(new(Field, ActuatorIssueCodes.TooLong, $"The endpoint exceeds {ActuatorLimits.MaxEndpointLength} characters."));
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || text.Any(char.IsWhiteSpace))
        {
            issues.Add(new(Field, ActuatorIssueCodes.InvalidUrl, "The endpoint is not an absolute URL."));
            return null;
        }

        var before = issues.Count;
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            issues.Add(new(Field, ActuatorIssueCodes.NotHttps, $"OpenC2 is sent over HTTPS only; the endpoint's scheme is '{uri.Scheme}'."));
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            issues.Add(new(Field, ActuatorIssueCodes.UrlHasUserInfo, "The endpoint must not carry user information; use the authentication fields."));
        }

        if (text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal))
        {
            issues.Add(new(Field, ActuatorIssueCodes.UrlHasQueryOrFragment, "The endpoint must not have a query or a fragment."));
        }

        if (uri.AbsolutePath != "/")
        {
            issues.Add(new(Field, ActuatorIssueCodes.UrlHasPath, "The endpoint is the origin (https://host[:port]); give the request path in 'path'."));
        }

        return issues.Count == before ? new Uri(uri.GetLeftPart(UriPartial.Authority)) : null;
    }

    private static void CheckPath(string? path, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        if (path is null)
        {
            return;
        }

        if (path.Length > ActuatorLimits.MaxPathLength)
        {
            issues.Add(new("path", ActuatorIssueCodes.TooLong, $"The path exceeds {ActuatorLimits.MaxPathLength} characters."));
        }
        else if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '\\')
                 || !Uri.IsWellFormedUriString(path, UriKind.Relative))
        {
            issues.Add(new("path", ActuatorIssueCodes.InvalidPath, "The path must start with a single '/' and hold no white space, query or fragment."));
        }
    }

    private static void CheckProfiles(ImmutableArray<string> profiles, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        if (profiles.Length > ActuatorLimits.MaxProfiles)
        {
            issues.Add(new("profiles", ActuatorIssueCodes.TooMany, $"At most {ActuatorLimits.MaxProfiles} profiles."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            // An OpenC2 namespace id: 1 to 16 characters (LS v1.0 Nsid), here ASCII letters, digits, '-', '_' and '.'.
            if (string.IsNullOrEmpty(profile) || profile.Length > ActuatorLimits.MaxProfileLength || !char.IsAsciiLetter(profile[0])
                || !profile.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                issues.Add(new("profiles", ActuatorIssueCodes.InvalidProfile,
                    $"A profile is a namespace id of 1 to {ActuatorLimits.MaxProfileLength} letters, digits, '-', '_' or '.', starting with a letter."));
            }
            else if (!seen.Add(profile))
            {
                issues.Add(new("profiles", ActuatorIssueCodes.DuplicateProfile, $"The profile '{profile}' is listed twice."));
            }
        }
    }

    private static void CheckAuthentication(ActuatorAuthentication? authentication, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        switch (authentication)
        {
            case ActuatorAuthentication.Bearer bearer:
                CheckSecretText("bearerToken", bearer.Token, ActuatorLimits.MaxTokenLength, required: true, allowSpaces: false, issues);
                break;
            case ActuatorAuthentication.Basic basic:
                CheckSecretText("basicUserName", basic.UserName, ActuatorLimits.MaxUserNameLength, required: true, allowSpaces: true, issues);
                if (basic.UserName?.Contains(':', StringComparison.Ordinal) == true)
                {
                    issues.Add(new("basicUserName", ActuatorIssueCodes.InvalidCharacters, "A basic user name must not contain ':' (RFC 7617)."));
                }

                CheckSecretText("basicPassword", basic.Password, ActuatorLimits.MaxPasswordLength, required: false, allowSpaces: true, issues);
                break;
        }
    }

    // Messages never repeat the value: it may be a secret.
    private static void CheckSecretText(
        string field, string? value, int maxLength, bool required, bool allowSpaces, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required || value is null)
            {
                issues.Add(new(field, ActuatorIssueCodes.Required, $"{field} is required."));
            }
        }
        else if (value.Length > maxLength)
        {
            issues.Add(new(field, ActuatorIssueCodes.TooLong, $"{field} exceeds {maxLength} characters."));
        }
        else if (value.Any(c => char.IsControl(c) || (!allowSpaces && char.IsWhiteSpace(c))))
        {
            issues.Add(new(field, ActuatorIssueCodes.InvalidCharacters,
                allowSpaces ? $"{field} contains control characters." : $"{field} contains white space or control characters."));
        }
    }
}
