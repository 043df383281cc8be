namespace Argus.Cacao.Validation.Rules.References;

/// <summary>Issue codes of the reference rules (spec 3.1, 4 and 7: identifiers that must name a definition).</summary>
internal static class ReferenceCodes
{
    /// <summary>An identifier names no object of the dictionary it must resolve in (error).</summary>
    public const string Unresolved = "reference.unresolved";

    /// <summary><c>workflow_start</c> names a step that is not a start step (error).</summary>
    public const string StartNotStartStep = "workflow.start-not-start-step";

    /// <summary>Data markings reference each other in a circle (error).</summary>
    public const string MarkingCycle = "marking.cycle";

    /// <summary>A listed playbook activity is carried by no command (warning).</summary>
    public const string ActivityNotReflected = "activity.not-reflected";

    /// <summary>An external reference or industry sector used inside is missing at playbook level (warning).</summary>
    public const string RollupMissing = "rollup.missing";

    /// <summary>Every code above.</summary>
    public static readonly IReadOnlyList<string> All =
        [Unresolved, StartNotStartStep, MarkingCycle, ActivityNotReflected, RollupMissing];
}
