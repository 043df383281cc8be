namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>Issue codes of the variable rules (spec 10.18 and spec-notes §2.6).</summary>
internal static class VariableCodes
{
    /// <summary>
    /// A <c>__name__:value</c> use or an <c>in_args</c> entry names no variable in scope (warning: values may
    /// arrive at run time).
    /// </summary>
    public const string Undeclared = "variable.undeclared";

    /// <summary>An <c>out_args</c> entry names no variable in scope, so the result has nowhere to go (error).</summary>
    public const string OutArgUndeclared = "variable.out-arg-undeclared";

    /// <summary>An <c>out_args</c> entry names a <c>constant: true</c> variable (error).</summary>
    public const string ConstantAssigned = "variable.constant-assigned";

    /// <summary>A step variable shadows a playbook variable or an enclosing step's variable (warning).</summary>
    public const string Duplicate = "variable.duplicate";

    /// <summary>Every code above.</summary>
    public static readonly IReadOnlyList<string> All = [Undeclared, OutArgUndeclared, ConstantAssigned, Duplicate];
}
