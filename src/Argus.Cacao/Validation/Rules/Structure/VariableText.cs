using System.Text.RegularExpressions;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>The <c>__name__:value</c> reference form of variables (section 10.18).</summary>
internal static partial class VariableText
{
    /// <summary>Whether the text uses a variable (<c>__name__:value</c>) somewhere, so its final form is only known at run time.</summary>
    public static bool ContainsReference(ReadOnlySpan<char> text) =>
        text.Contains("__:value", StringComparison.Ordinal) && Reference().IsMatch(text);

    // NonBacktracking: linear time on hostile megabyte strings of underscores.
    [GeneratedRegex(@"__[A-Za-z][A-Za-z0-9_.\-]*__:value", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Reference();
}
