using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Serialization;

/// <summary>The outcome of <see cref="CacaoReader"/>: either a <see cref="Parsed"/> playbook or the
/// <see cref="Rejected"/> issues that kept the input from being read. Callers <c>switch</c> over the two cases.</summary>
/// <remarks>
/// A parsed playbook is not a valid one: the reader accepts any JSON object and keeps what does not fit the model
/// raw. Run the validator on it to learn whether it follows the spec.
/// </remarks>
public abstract record CacaoReadResult
{
    private CacaoReadResult()
    {
    }

    /// <summary>The input was a JSON object and has been read.</summary>
    /// <param name="Playbook">The playbook, with everything the model does not represent kept raw.</param>
    public sealed record Parsed(Playbook Playbook) : CacaoReadResult;

    /// <summary>The input could not be read: malformed JSON, over a limit, duplicate member names, or not an
    /// object.</summary>
    /// <param name="Issues">Why, each with a JSON pointer and a code such as <c>json.malformed</c>; never empty.</param>
    public sealed record Rejected(ImmutableArray<ValidationIssue> Issues) : CacaoReadResult;
}
