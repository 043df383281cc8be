using System.Diagnostics.CodeAnalysis;

namespace Argus.Cacao.Conditions;

/// <summary>The variables in scope where a condition is evaluated (step variables over playbook variables).</summary>
public interface IConditionVariables
{
    /// <summary>Looks a variable up by name.</summary>
    /// <param name="name">The name with its double underscores, such as <c>__count__</c> (case-sensitive).</param>
    /// <param name="variable">The variable when it is in scope.</param>
    /// <returns>True when a variable of that name is in scope.</returns>
    bool TryGet(string name, [NotNullWhen(true)] out ConditionVariable? variable);
}
