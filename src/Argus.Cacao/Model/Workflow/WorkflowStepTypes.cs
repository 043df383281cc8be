namespace Argus.Cacao.Model.Workflow;

/// <summary>The values of the closed vocabulary workflow-step-type-enum (CACAO 4).</summary>
public static class WorkflowStepTypes
{
    /// <summary><c>start</c>.</summary>
    public const string Start = "start";

    /// <summary><c>end</c>.</summary>
    public const string End = "end";

    /// <summary><c>action</c>.</summary>
    public const string Action = "action";

    /// <summary><c>playbook-action</c>.</summary>
    public const string PlaybookAction = "playbook-action";

    /// <summary><c>parallel</c>.</summary>
    public const string Parallel = "parallel";

    /// <summary><c>if-condition</c>.</summary>
    public const string IfCondition = "if-condition";

    /// <summary><c>while-condition</c>.</summary>
    public const string WhileCondition = "while-condition";

    /// <summary><c>switch-condition</c>.</summary>
    public const string SwitchCondition = "switch-condition";
}
