namespace Argus.Cacao.Json;

/// <summary>Builds RFC 6901 JSON pointers, the form of every <see cref="Validation.ValidationIssue.Path"/>.</summary>
public static class JsonPointer
{
    /// <summary>The pointer to the whole document.</summary>
    public const string Root = "";

    /// <summary>Appends an object member name, escaping <c>~</c> and <c>/</c>.</summary>
    /// <param name="parent">The pointer of the containing object.</param>
    /// <param name="name">The member name, unescaped.</param>
    /// <returns>The pointer to the member.</returns>
    public static string Append(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        var escaped = name.Contains('~') || name.Contains('/')
            ? name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : name;
        return string.Concat(parent, "/", escaped);
    }

    /// <summary>Appends an array index.</summary>
    /// <param name="parent">The pointer of the containing array.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The pointer to the element.</returns>
    public static string Append(string parent, int index)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return string.Concat(parent, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
