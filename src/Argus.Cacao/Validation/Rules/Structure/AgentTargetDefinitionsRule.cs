using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Structure of <c>agent_definitions</c> and <c>target_definitions</c> (section 7).</summary>
internal sealed class AgentTargetDefinitionsRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        DefinitionDictionary.Check(context, PlaybookMember.AgentDefinitions, AgentTargetShapes.Shape);
        DefinitionDictionary.Check(context, PlaybookMember.TargetDefinitions, AgentTargetShapes.Shape);
    }
}
