using System.Collections.Immutable;
using System.Globalization;
using Argus.Storage.Executions;

namespace Argus.Storage.Sql.Executions;

/// <summary>Checks of what operators send, before anything is opened: a problem is a message, not an exception.</summary>
internal static class ExecutionInput
{
    /// <summary>Why the map is unusable, or null when it keeps the bounds of <see cref="ExecutionSubmission"/>.</summary>
    public static string? CheckVariables(ImmutableDictionary<string, string>? variables)
    {
        if (variables is null)
        {
            return "The variables are missing (null); send an empty map instead.";
        }

        if (variables.Count > ExecutionSubmission.MaxVariables)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{variables.Count} variables were given; at most {ExecutionSubmission.MaxVariables} are accepted.");
        }

        foreach (var (name, value) in variables)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > ExecutionSubmission.MaxNameLength)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"A variable name is empty or longer than {ExecutionSubmission.MaxNameLength} characters.");
            }

            if (value is null || value.Length > ExecutionSubmission.MaxValueLength)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"The value of {name} is null or longer than {ExecutionSubmission.MaxValueLength} characters.");
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> (API misuse) when a required text is empty.</summary>
    public static void Require(string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
    }
}
