namespace Argus.Cacao.Validation.Reading;

/// <summary>The members of a workflow step that the reference, variable and rollup rules read.</summary>
internal static class StepMember
{
    public const int Type = 0;
    public const int Agent = 1;
    public const int Targets = 2;
    public const int InArgs = 3;
    public const int OutArgs = 4;
    public const int Commands = 5;
    public const int Condition = 6;
    public const int Switch = 7;
    public const int StepExtensions = 8;
    public const int StepVariables = 9;
    public const int ExternalReferences = 10;

    public static MemberSlots Slots { get; } = new(
        "type", "agent", "targets", "in_args", "out_args", "commands", "condition", "switch", "step_extensions",
        "step_variables", "external_references");

    /// <summary>The names of the slots, for paths.</summary>
    public static string NameOf(int slot) => slot switch
    {
        Commands => "commands",
        Condition => "condition",
        Switch => "switch",
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };
}
