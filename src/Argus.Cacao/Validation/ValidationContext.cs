using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation;

/// <summary>What every <see cref="IValidationRule"/> sees: the parsed document and the issue sink.</summary>
internal sealed class ValidationContext
{
    private readonly ImmutableArray<ValidationIssue>.Builder _issues;
    private Rules.Graph.WorkflowDocument? _workflow;
    private bool _workflowRead;
    private Rules.Variables.VariableScopes? _variableScopes;

    public ValidationContext(JsonElement root, ValidationOptions options, ImmutableArray<ValidationIssue>.Builder issues)
    {
        Root = root;
        Options = options;
        _issues = issues;
    }

    /// <summary>The document's root element; rules run only when it is a JSON object.</summary>
    public JsonElement Root { get; }

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
                _workflow = Rules.Graph.WorkflowDocument.Read(Root);
                _workflowRead = true;
            }

            return _workflow;
        }
    }

    /// <summary>Where each variable is declared and which steps enclose which; read on first use and shared by every rule.</summary>
    public Rules.Variables.VariableScopes VariableScopes => _variableScopes ??= Rules.Variables.VariableScopes.Read(Root, Workflow);

    public ValidationOptions Options { get; }

    public void Error(string path, string code, string message) =>
        _issues.Add(new ValidationIssue(path, code, IssueSeverity.Error, message));

    public void Warning(string path, string code, string message) =>
        _issues.Add(new ValidationIssue(path, code, IssueSeverity.Warning, message));

    public void Error(PointerPath path, string code, string message) => Error(path.ToString(), code, message);

    public void Warning(PointerPath path, string code, string message) => Warning(path.ToString(), code, message);
}
