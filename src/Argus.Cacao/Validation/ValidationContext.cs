using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Cacao.Validation;

/// <summary>What every <see cref="IValidationRule"/> sees: the parsed document and the issue sink.</summary>
internal sealed class ValidationContext
{
    private readonly ImmutableArray<ValidationIssue>.Builder _issues;

    public ValidationContext(JsonElement root, ValidationOptions options, ImmutableArray<ValidationIssue>.Builder issues)
    {
        Root = root;
        Options = options;
        _issues = issues;
    }

    /// <summary>The document's root element; rules run only when it is a JSON object.</summary>
    public JsonElement Root { get; }

    public ValidationOptions Options { get; }

    public void Error(string path, string code, string message) =>
        _issues.Add(new ValidationIssue(path, code, IssueSeverity.Error, message));

    public void Warning(string path, string code, string message) =>
        _issues.Add(new ValidationIssue(path, code, IssueSeverity.Warning, message));
}
