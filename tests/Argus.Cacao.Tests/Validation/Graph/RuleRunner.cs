using System.Collections.Immutable;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Graph;

/// <summary>Runs one rule alone on a document, so a test sees only that rule's issues.</summary>
internal static class RuleRunner
{
    public static ImmutableArray<ValidationIssue> Run(IValidationRule rule, WorkflowPlaybook playbook) =>
        Run(rule, playbook.ToJson());

    public static ImmutableArray<ValidationIssue> Run(IValidationRule rule, string json)
    {
        using var document = TestTape.Parse(json);
        var issues = ImmutableArray.CreateBuilder<ValidationIssue>();
        rule.Check(new ValidationContext(document.Root, ValidationOptions.Default, issues));
        return issues.ToImmutable();
    }
}
