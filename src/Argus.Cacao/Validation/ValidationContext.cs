using System.Collections.Immutable;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation;

/// <summary>What every <see cref="IValidationRule"/> sees: the parsed document and the issue sink.</summary>
internal sealed class ValidationContext
{
    private readonly ImmutableArray<ValidationIssue>.Builder _issues;
    private Rules.Graph.WorkflowDocument? _workflow;
    private bool _workflowRead;
    private Rules.Variables.VariableScopes? _variableScopes;
    private Reading.PlaybookReading? _reading;
    private TapeValue[]? _playbookMembers;

    /// <param name="root">The document's root object.</param>
    /// <param name="options">The validation's settings.</param>
    /// <param name="issues">Where issues go.</param>
    /// <param name="repeatsMemberNames">False when no object of the document repeats a member name, or when the
    /// structure rules are to prove it (<paramref name="provesUniqueNames"/>).</param>
    /// <param name="provesUniqueNames">Whether the parser left repeated names unchecked, so that the structure rules
    /// prove their absence in <see cref="UniqueNames"/>.</param>
    public ValidationContext(TapeValue root, ValidationOptions options, ImmutableArray<ValidationIssue>.Builder issues,
        bool repeatsMemberNames = true, bool provesUniqueNames = false)
    {
        Root = root;
        RepeatsMemberNames = repeatsMemberNames;
        UniqueNames = new Reading.UniqueNamesProof(provesUniqueNames);
        Options = options;
        _issues = issues;
    }

    /// <summary>The document's root element; rules run only when it is a JSON object.</summary>
    public TapeValue Root { get; }

    /// <summary>The playbook's members, steps and definitions, each object read once and shared by every rule.</summary>
    public Reading.PlaybookReading Reading => _reading ??= _playbookMembers is { } members
        ? new Reading.PlaybookReading(Root, members, () => Workflow)
        : new Reading.PlaybookReading(Root, () => Workflow);

    /// <summary>
    /// Hands over the playbook's members by <see cref="Reading.PlaybookMember"/> slot, as the playbook's own shape read
    /// them, for the <see cref="Reading"/> made after it (one made before reads them itself).
    /// </summary>
    public void UsePlaybookMembers(TapeValue[] members) => _playbookMembers = members;

    /// <summary>
    /// The playbook's workflow and its graph, or <see langword="null"/> when there is no workflow object. Read on first
    /// use and shared by every rule, so the graph is built once per validation.
    /// </summary>
    public Rules.Graph.WorkflowDocument? Workflow
    {
        get
        {
            if (!_workflowRead)
            {
                _workflow = Rules.Graph.WorkflowDocument.Read(Reading.Playbook);
                _workflowRead = true;
            }

            return _workflow;
        }
    }

    /// <summary>The UUIDs of the identifiers read so far, for the UUID-uniqueness rule.</summary>
    public Reading.IdentifierUuids IdentifierUuids { get; } = new();

    /// <summary>Where each variable is declared and which steps enclose which; read on first use and shared by every rule.</summary>
    public Rules.Variables.VariableScopes VariableScopes => _variableScopes ??= Rules.Variables.VariableScopes.Read(Reading, Workflow);

    public ValidationOptions Options { get; }

    // One pool per thread, reused from one validation to the next: a validation returns every copy it takes before it
    // ends, and nothing it reports keeps a pointer (issues hold text).
    [ThreadStatic]
    private static PointerPath.Pool? _threadPaths;

    /// <summary>Reused pointer copies for the structure checks' child pointers; see <see cref="PointerPath.ForChildren(PointerPath.Pool)"/>.</summary>
    /// <remarks>The thread's pool, looked up once per validation: a thread-static read costs more than a field's.</remarks>
    public PointerPath.Pool Paths { get; } = _threadPaths ??= new();

    [ThreadStatic]
    private static Rules.Structure.ObjectMembers.Pool? _threadMembers;

    /// <summary>Reused member arrays for the structure checks' cross-checks; see <see cref="Rules.Structure.ObjectMembers"/>.</summary>
    public Rules.Structure.ObjectMembers.Pool Members { get; } = _threadMembers ??= new();

    /// <summary>False when the parser found no object repeating a member name, so a member's first value is its only one.</summary>
    public bool RepeatsMemberNames { get; }

    /// <summary>
    /// The proof that no object repeats a member name, which the structure rules build when the parser did not
    /// check; until the proof stands, nothing read under the assumption that names are unique counts.
    /// </summary>
    public Reading.UniqueNamesProof UniqueNames { get; }

    /// <summary>
    /// A member of an object, as <see cref="TapeValue.TryGetProperty(ReadOnlySpan{byte}, out TapeValue)"/> answers
    /// it (the last value of a repeated name), found from the first member when no name repeats.
    /// </summary>
    public bool TryGetMember(TapeValue owner, ReadOnlySpan<byte> utf8Name, out TapeValue value) =>
        RepeatsMemberNames ? owner.TryGetProperty(utf8Name, out value) : Validation.Reading.MemberLookup.TryGetFirst(owner, utf8Name, out value);

    public void Error(string path, string code, string message) =>
        _issues.Add(new ValidationIssue(path, code, IssueSeverity.Error, message));

    public void Warning(string path, string code, string message) =>
        _issues.Add(new ValidationIssue(path, code, IssueSeverity.Warning, message));

    public void Error(PointerPath path, string code, string message) => Error(path.ToString(), code, message);

    /// <summary>How many issues have been reported so far: a position for <see cref="InsertError"/>.</summary>
    public int IssueCount => _issues.Count;

    /// <summary>Reports an error at an earlier position, so that it reads before issues found after that point.</summary>
    public void InsertError(int position, PointerPath path, string code, string message) =>
        _issues.Insert(position, new ValidationIssue(path.ToString(), code, IssueSeverity.Error, message));

    public void Warning(PointerPath path, string code, string message) => Warning(path.ToString(), code, message);
}
