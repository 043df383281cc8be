using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Argus.Cacao.Conditions;

/// <summary>An immutable set of named variables: the plain <see cref="IConditionVariables"/> implementation.</summary>
public sealed class ConditionVariables : IConditionVariables
{
    private readonly ImmutableDictionary<string, ConditionVariable> _variables;

    /// <summary>Creates the set.</summary>
    /// <param name="variables">Variables by name (with double underscores); names are compared ordinally.</param>
    /// <exception cref="ArgumentException">A name appears twice.</exception>
    public ConditionVariables(IEnumerable<KeyValuePair<string, ConditionVariable>> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        _variables = ImmutableDictionary.CreateRange(StringComparer.Ordinal, variables);
    }

    /// <summary>No variables at all.</summary>
    public static ConditionVariables Empty { get; } = new([]);

    /// <inheritdoc />
    public bool TryGet(string name, [NotNullWhen(true)] out ConditionVariable? variable) =>
        _variables.TryGetValue(name, out variable);
}
