namespace Argus.Cacao.Validation.Reading;

/// <summary>The members of the playbook object that the rules beyond its own shape read.</summary>
internal static class PlaybookMember
{
    public const int Id = 0;
    public const int Workflow = 1;
    public const int PlaybookVariables = 2;
    public const int ExternalReferences = 3;
    public const int IndustrySectors = 4;
    public const int PlaybookActivities = 5;
    public const int Markings = 6;
    public const int PlaybookExtensions = 7;
    public const int Signatures = 8;
    public const int AgentDefinitions = 9;
    public const int TargetDefinitions = 10;
    public const int AuthenticationInfoDefinitions = 11;
    public const int DataMarkingDefinitions = 12;
    public const int ExtensionDefinitions = 13;
    public const int WorkflowStart = 14;
    public const int WorkflowException = 15;

    private static readonly string[] Names =
    [
        "id", "workflow", "playbook_variables", "external_references", "industry_sectors", "playbook_activities", "markings",
        "playbook_extensions", "signatures", "agent_definitions", "target_definitions", "authentication_info_definitions",
        "data_marking_definitions", "extension_definitions", "workflow_start", "workflow_exception",
    ];

    public static MemberSlots Slots { get; } = new(Names);

    /// <summary>The two dictionaries of agent-target objects, agents first.</summary>
    public static ReadOnlySpan<int> AgentTargetDictionaries => [AgentDefinitions, TargetDefinitions];

    /// <summary>The property name of a slot.</summary>
    public static string NameOf(int slot) => Names[slot];
}
