namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// Whether a variable use that <see cref="VariableUses"/> found is wanted, given the caller's state: a static lambda
/// with its state passed along costs no closure per call.
/// </summary>
internal delegate bool UseFilter<in TState>(TState state, ReadOnlySpan<char> name);
