using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation;

/// <summary>
/// Validates CACAO v2.0 playbooks in one pass that collects every issue. Thread-safe and reusable.
/// </summary>
/// <remarks>Never throws for bad input: malformed, oversize or hostile documents come back as issues.</remarks>
public sealed class PlaybookValidator
{
    // Each rule owns a family of checks; see IValidationRule. Add new families here.
    // The structure rules come first: between them they read every object of the document, so that they can prove
    // that no object repeats a member name (see UniqueNamesProof) before any other rule relies on it.
    private static readonly IValidationRule[] StructureRules =
    [
        new Rules.Structure.PlaybookRule(),
        new Rules.Structure.WorkflowStepsRule(),
        new Rules.Structure.AgentTargetDefinitionsRule(),
        new Rules.Structure.AuthenticationInfoDefinitionsRule(),
        new Rules.Structure.DataMarkingDefinitionsRule(),
        new Rules.Structure.ExtensionDefinitionsRule(),
        new Rules.Structure.SignaturesRule(),
    ];

    private static readonly IValidationRule[] Rules =
    [
        new Rules.Structure.IdentifierUniquenessRule(),
        new Rules.References.WorkflowReferenceRule(),
        new Rules.References.DefinitionReferenceRule(),
        new Rules.Graph.WorkflowCompositionRule(),
        new Rules.Graph.StepPointerRule(),
        new Rules.Graph.BranchRule(),
        new Rules.Graph.CycleRule(),
        new Rules.Graph.ReachabilityRule(),
        new Rules.Variables.StepArgumentRule(),
        new Rules.Variables.VariableUseRule(),
        new Rules.Variables.VariableShadowingRule(),
        new Rules.References.ActivityReflectionRule(),
        new Rules.References.RollupRule(),
        new Rules.Conditions.ConditionSyntaxRule(),
    ];

    private readonly ValidationOptions _options;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    public PlaybookValidator(ValidationOptions? options = null) => _options = options ?? ValidationOptions.Default;

    /// <summary>Validates a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <returns>Every issue found.</returns>
    public ValidationReport Validate(ReadOnlyMemory<byte> utf8Json) =>
        TryValidateUnchecked(utf8Json) ?? ValidateChecked(utf8Json);

    // The common case: the document is parsed into a tape, which does not check for repeated member names (that would
    // be a walk over the whole document), and the structure rules prove instead, on their own way through it, that no
    // name repeats. Null when the proof fails, or the input is one the checked path must parse: every issue is then
    // found again there.
    private ValidationReport? TryValidateUnchecked(ReadOnlyMemory<byte> utf8Json)
    {
        using var tape = SafeJsonParser.TryParseUnchecked(utf8Json, _options.Limits);
        if (tape is null || tape.Root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var issues = ImmutableArray.CreateBuilder<ValidationIssue>();
        var context = new ValidationContext(tape.Root, _options, issues, repeatsMemberNames: false,
            provesUniqueNames: true);
        Run(StructureRules, context);
        if (context.UniqueNames.Failed)
        {
            return null;
        }

        Run(Rules, context);
        return Finish(issues);
    }

    // Every other input: System.Text.Json's parser says what is malformed, and a walk over its document reports repeated
    // names and text that does not decode; the rules then read a tape of the same bytes, allowing for repeats. Internal
    // so that tests can hold both paths to the same reports.
    internal ValidationReport ValidateChecked(ReadOnlyMemory<byte> utf8Json)
    {
        using var parsed = SafeJsonParser.Parse(utf8Json, _options.Limits, reportsUndecodableStrings: true);
        var issues = ImmutableArray.CreateBuilder<ValidationIssue>();
        issues.AddRange(parsed.Issues);
        // Text that is not UTF-8, or escapes a lone surrogate, cannot be decoded, so no rule could read it: report it alone.
        if (parsed.Document is not null && !HasUndecodableText(parsed.Issues))
        {
            // The rules read a tape of the same bytes, which parses whatever System.Text.Json accepts.
            using var tape = JsonTape.TryParse(utf8Json, _options.Limits.MaxDepth);
            if (tape is null)
            {
                issues.Add(new ValidationIssue(JsonPointer.Root, SafeJsonParser.MalformedCode, IssueSeverity.Error,
                    "The input is not a single well-formed JSON value."));
            }
            else
            {
                ValidateDocument(tape.Root, _options, issues, repeatsMemberNames: !parsed.Issues.IsEmpty);
            }
        }

        return Finish(issues);
    }

    /// <summary>Validates a JSON document given as text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>Every issue found; text holding a lone UTF-16 surrogate, which has no UTF-8 form, is reported alone.</returns>
    public ValidationReport Validate(string json) =>
        JsonTextInput.TryEncode(json, out var utf8, out var issue) ? Validate(utf8) : new ValidationReport([issue]);

    private static void ValidateDocument(TapeValue root, ValidationOptions options, ImmutableArray<ValidationIssue>.Builder issues,
        bool repeatsMemberNames)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ValidationIssue(JsonPointer.Root, "type.mismatch", IssueSeverity.Error,
                $"A playbook must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}."));
            return;
        }

        var context = new ValidationContext(root, options, issues, repeatsMemberNames);
        Run(StructureRules, context);
        Run(Rules, context);
    }

    private static void Run(IValidationRule[] rules, ValidationContext context)
    {
        foreach (var rule in rules)
        {
            rule.Check(context);
        }
    }

    private static bool HasUndecodableText(ImmutableArray<ValidationIssue> parseIssues)
    {
        foreach (var issue in parseIssues)
        {
            if (issue.Code == SafeJsonParser.InvalidUnicodeCode)
            {
                return true;
            }
        }

        return false;
    }

    private ValidationReport Finish(ImmutableArray<ValidationIssue>.Builder issues)
    {
        if (_options.Strict)
        {
            for (var i = 0; i < issues.Count; i++)
            {
                if (issues[i].Severity == IssueSeverity.Warning)
                {
                    issues[i] = issues[i] with { Severity = IssueSeverity.Error };
                }
            }
        }

        return new ValidationReport(issues.ToImmutable());
    }
}
