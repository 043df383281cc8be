using System.Collections.Immutable;
using System.Globalization;
using Argus.Cacao.Primitives;
using Argus.Cacao.Validation;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Executions;

namespace Argus.Server.GraphQL.Executions;

/// <summary>
/// Checks variable values sent to an execution mutation: CACAO names (<c>__name__</c>, spec section 10.18), no
/// duplicates, and bounded count and sizes, so a client cannot park megabytes in an execution row.
/// </summary>
internal static class ExecutionVariables
{
    public const int MaxCount = 100;

    public const int MaxNameLength = CacaoVariableName.MaxLength;

    public const int MaxValueLength = ExecutionSubmission.MaxValueLength;

    public const string NameCode = "variable.name";
    public const string DuplicateCode = "variable.duplicate";
    public const string TooManyCode = "variable.too_many";
    public const string TooLongCode = "variable.too_long";

    /// <summary>The values by name, or the issues (paths like <c>/variables/2/name</c>) when any is unusable.</summary>
    public static (ImmutableDictionary<string, string> Values, ImmutableArray<ValidationIssue> Issues) Read(
        IReadOnlyList<VariableInput>? inputs, string argumentName)
    {
        if (inputs is null || inputs.Count == 0)
        {
            return (ImmutableDictionary<string, string>.Empty, []);
        }

        var issues = ImmutableArray.CreateBuilder<ValidationIssue>();
        if (inputs.Count > MaxCount)
        {
            issues.Add(Error("/" + argumentName, TooManyCode, $"At most {MaxCount} variables may be given, not {inputs.Count}."));
            return (ImmutableDictionary<string, string>.Empty, issues.ToImmutable());
        }

        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < inputs.Count; index++)
        {
            var (name, value) = inputs[index];
            var path = "/" + argumentName + "/" + index.ToString(CultureInfo.InvariantCulture);
            if (!CacaoVariableName.IsValid(name))
            {
                issues.Add(Error(path + "/name", NameCode,
                    $"A variable name must be __name__ with a letter first, then letters, digits, '_', '-' or '.', at most {MaxNameLength} characters."));
            }
            else if (!values.TryAdd(name, value))
            {
                issues.Add(Error(path + "/name", DuplicateCode, $"The variable {name} is given more than once."));
            }

            if (value.Length > MaxValueLength)
            {
                issues.Add(Error(path + "/value", TooLongCode, $"A variable value may be at most {MaxValueLength} characters long."));
            }
        }

        return issues.Count == 0 ? (values.ToImmutable(), []) : (ImmutableDictionary<string, string>.Empty, issues.ToImmutable());
    }

    private static ValidationIssue Error(string path, string code, string message) => new(path, code, IssueSeverity.Error, message);
}
