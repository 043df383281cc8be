using System.Text.RegularExpressions;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>The spec's variable naming rules (section 10.18) and the <c>__name__:value</c> reference form.</summary>
internal static partial class VariableText
{
    // "MUST include the double underscore ... as part of the 250 ASCII character length limit".
    public const int MaxNameLength = 250;

    /// <summary>
    /// A declaration name: <c>__</c>, a letter, letters/digits/<c>_</c>/<c>-</c>/<c>.</c>, <c>__</c>. The dot is not
    /// in the spec's character list but SOARCA writes <c>__should.execute.true__</c>, so it is accepted.
    /// </summary>
    public static bool IsDeclarationName(string name) =>
        name.Length <= MaxNameLength && DeclarationName().IsMatch(name);

    /// <summary>Whether the text uses a variable (<c>__name__:value</c>) somewhere, so its final form is only known at run time.</summary>
    public static bool ContainsReference(ReadOnlySpan<char> text) =>
        text.Contains("__:value", StringComparison.Ordinal) && Reference().IsMatch(text);

    [GeneratedRegex(@"^__[A-Za-z][A-Za-z0-9_.\-]*__$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DeclarationName();

    // NonBacktracking: linear time on hostile megabyte strings of underscores.
    [GeneratedRegex(@"__[A-Za-z][A-Za-z0-9_.\-]*__:value", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Reference();
}
