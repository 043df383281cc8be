using System.Diagnostics.CodeAnalysis;

namespace Argus.Storage.Access;

/// <summary>
/// An organisation's identifier as it appears in tokens (<c>org</c> claim), on the command line and in every row:
/// 1 to 64 characters of ASCII letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, starting with a letter or digit.
/// </summary>
public readonly record struct OrganisationId
{
    private OrganisationId(string value) => Value = value;

    public string Value { get; }

    /// <summary>Makes an id; <see cref="ArgumentException"/> when the text is not a valid id (API misuse).</summary>
    public static OrganisationId From(string value) =>
        TryParse(value, out var id) ? id : throw new ArgumentException($"'{value}' is not a valid organisation id.", nameof(value));

    public static bool TryParse([NotNullWhen(true)] string? value, out OrganisationId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > 64 || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        id = new OrganisationId(value);
        return true;
    }

    public override string ToString() => Value ?? "";
}
