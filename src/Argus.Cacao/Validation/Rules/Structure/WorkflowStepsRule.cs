using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Structure of the <c>workflow</c> dictionary (section 4): step keys, common step properties, the properties
/// each step type requires, and the commands of action steps. Where the pointers lead is the graph rules' concern.
/// </summary>
internal sealed class WorkflowStepsRule : IValidationRule
{
    private static readonly ValueShape StepId = Shapes.Identifier();

    private static readonly ValueShape VariableNames = Shapes.ArrayOf(Shapes.String, minimumItems: 1);

    private static readonly PropertyRule[] Common =
    [
        new("type", Shapes.Vocabulary(CacaoVocabularies.WorkflowStepTypes), IsRequired: true),
        new("name", Shapes.String),
        new("description", Shapes.String),
        new("external_references", DataTypeShapes.ExternalReferences),
        // Spec 4.1: delay and timeout are whole milliseconds >= 0; the schema's delay minimum of 1 is a bug (spec-notes §3.4).
        new("delay", Shapes.Integer(0)),
        new("timeout", Shapes.Integer(0)),
        new("step_variables", VariableShapes.StepVariables),
        new("owner", Shapes.Identifier("identity")),
        new("on_completion", StepId),
        new("on_success", StepId),
        new("on_failure", StepId),
        new("step_extensions", DataTypeShapes.Extensions),
    ];

    private static readonly TypedObjectShape Step = new(
        new ObjectShape(Common, reportsUnknown: false),
        [
            Typed("start"),
            Typed("end"),
            Typed("action",
                new("commands", Shapes.ArrayOf(CommandShapes.Command.Value, minimumItems: 1), IsRequired: true),
                new("agent", Shapes.Identifier(), IsRequired: true),
                new("targets", Shapes.ArrayOf(Shapes.Identifier(), minimumItems: 1)),
                new("in_args", VariableNames),
                new("out_args", VariableNames)),
            Typed("playbook-action",
                new("playbook_id", Shapes.Identifier("playbook"), IsRequired: true),
                new("playbook_version", Shapes.Timestamp()),
                new("in_args", VariableNames),
                new("out_args", VariableNames)),
            Typed("parallel",
                new PropertyRule("next_steps", Shapes.ArrayOf(StepId, minimumItems: 2), IsRequired: true)),
            Typed("if-condition",
                new("condition", Shapes.String, IsRequired: true),
                new("on_true", StepId, IsRequired: true),
                new("on_false", StepId)),
            Typed("while-condition",
                new("condition", Shapes.String, IsRequired: true),
                new("on_true", StepId, IsRequired: true)),
            Typed("switch-condition",
                new("switch", Shapes.String, IsRequired: true),
                new("cases", Shapes.DictionaryOf(StepId), IsRequired: true)),
        ]);

    public void Check(ValidationContext context) =>
        DefinitionDictionary.Check(context, PlaybookMember.Workflow, Step, uuidVersionIsMust: true);

    private static KeyValuePair<string, ObjectShape> Typed(string type, params PropertyRule[] specific) =>
        new(type, new ObjectShape([.. Common, .. specific]));
}
