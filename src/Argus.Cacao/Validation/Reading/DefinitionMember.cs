namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// The members of an entry of a <c>*_definitions</c> dictionary that the reference, variable and rollup rules read.
/// </summary>
internal static class DefinitionMember
{
    public const int Type = 0;
    public const int AuthenticationInfo = 1;
    public const int Sector = 2;
    public const int Markings = 3;
    public const int AgentTargetExtensions = 4;
    public const int AuthenticationInfoExtensions = 5;
    public const int MarkingExtensions = 6;

    public static MemberSlots Slots { get; } = new(
        "type", "authentication_info", "sector", "markings", "agent_target_extensions", "authentication_info_extensions",
        "marking_extensions");
}
