using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Graph;

/// <summary>What <see cref="WorkflowJsonReader"/> saw of one step besides its node, for the validator's pointer checks.</summary>
/// <param name="Element">The step's value (the first one when the key is repeated); not always an object.</param>
/// <param name="Present">The pointer properties the step has, whatever their JSON kind.</param>
/// <param name="NextStepsLength">
/// The length of <c>next_steps</c> (its last occurrence) when that is an array; -1 otherwise.
/// </param>
/// <param name="Members">
/// The values of the names the caller asked for, by the names' numbers (undefined when absent); null when the step is
/// not an object or no names were asked for.
/// </param>
internal readonly record struct WorkflowStepJson(TapeValue Element, PointerProperties Present, int NextStepsLength,
    TapeValue[]? Members);
