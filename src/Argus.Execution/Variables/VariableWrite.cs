namespace Argus.Execution.Variables;

/// <summary>The result of writing a variable.</summary>
public enum VariableWrite
{
    Written,

    /// <summary>The variable is <c>constant: true</c>; it "MUST NOT be changed" (spec 10.18).</summary>
    RefusedConstant,
}
