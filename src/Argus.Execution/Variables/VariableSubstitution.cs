using System.Text.RegularExpressions;

namespace Argus.Execution.Variables;

/// <summary>
/// <c>__name__:value</c> substitution (spec-notes §2.6). Names start with a letter; '.' is accepted because real
/// playbooks use it (<c>__should.execute.true__</c>). Undefined variables and variables without a value stay as
/// written, as SOARCA does.
/// </summary>
internal static partial class VariableSubstitution
{
    public static string Substitute(string text, VariableScope scope) =>
        text.Contains("__", StringComparison.Ordinal)
            ? Token().Replace(text, match => scope.GetText(match.Groups["name"].Value) ?? match.Value)
            : text;

    [GeneratedRegex(@"(?<name>__[A-Za-z][A-Za-z0-9_.-]*?__):value", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
