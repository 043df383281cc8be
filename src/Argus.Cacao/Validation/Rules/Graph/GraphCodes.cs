namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>Issue codes of the step-graph rules (spec 4 and spec-notes §2.4).</summary>
internal static class GraphCodes
{
    /// <summary>The workflow has no start step (error).</summary>
    public const string MissingStart = "workflow.missing-start";

    /// <summary>The workflow has no end step (error).</summary>
    public const string MissingEnd = "workflow.missing-end";

    /// <summary>The workflow has no action or playbook-action step (error).</summary>
    public const string MissingAction = "workflow.missing-action";

    /// <summary><c>on_completion</c> is used together with <c>on_success</c> or <c>on_failure</c> (error).</summary>
    public const string PointerExclusive = "pointer.exclusive";

    /// <summary>A step uses a pointer its type must not use (error).</summary>
    public const string PointerForbidden = "pointer.forbidden";

    /// <summary>A step other than an end step has no outgoing pointer (error).</summary>
    public const string PointerMissing = "pointer.missing";

    /// <summary>A parallel step has fewer than two <c>next_steps</c> (error).</summary>
    public const string ParallelTooFewBranches = "parallel.too-few-branches";

    /// <summary>A branch can never reach an end step (error).</summary>
    public const string BranchNoEnd = "branch.no-end";

    /// <summary>Two branches, or a branch and its owner's continuation, share an end step (warning).</summary>
    public const string BranchSharedEnd = "branch.shared-end";

    /// <summary>Two branches, or a branch and its owner's continuation, share steps but no end step (warning).</summary>
    public const string BranchSharedStep = "branch.shared-step";

    /// <summary>A cycle that is not a while loop (error).</summary>
    public const string CycleNotWhile = "cycle.not-while";

    /// <summary>A step reachable from neither <c>workflow_start</c> nor <c>workflow_exception</c> (warning).</summary>
    public const string StepUnreachable = "step.unreachable";

    /// <summary>The workflow is too large for branch analysis, which was skipped (warning).</summary>
    public const string TooLargeToAnalyse = "workflow.too-large-to-analyse";

    /// <summary>Every code above.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        MissingStart, MissingEnd, MissingAction, PointerExclusive, PointerForbidden, PointerMissing,
        ParallelTooFewBranches, BranchNoEnd, BranchSharedEnd, BranchSharedStep, CycleNotWhile, StepUnreachable,
        TooLargeToAnalyse,
    ];
}
