using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Primitives;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Variable dictionaries (section 10.18): <c>playbook_variables</c> and <c>step_variables</c>.</summary>
internal static class VariableShapes
{
    // value: "a string ..., the special JSON NULL value, or a JSON object" (the schema forgets the object).
    private static ValueShape Value { get; } = new((context, value, in path) =>
    {
        // The value's content is the variable's own: no shape reads it.
        context.UniqueNames.CheckAll(value);
        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Object))
        {
            context.Error(path, ValidationCodes.TypeMismatch,
                $"A variable value must be a string, null or an object, not {JsonText.Kind(value.ValueKind)}; numbers and booleans are written as strings (\"3\", \"true\").");
        }
    });

    private static ValueShape ExternalOnStep { get; } = new((context, value, in path) =>
    {
        if (value.ValueKind == JsonValueKind.True)
        {
            context.Warning(path, ValidationCodes.VariableExternalScope,
                "'external' only applies to playbook variables; on a step variable it has no effect.");
        }
    });

    // Declared after the shapes they use: static initialisers run in textual order.
    public static ValueShape PlaybookVariables { get; } = Dictionary(isStepScope: false);

    public static ValueShape StepVariables { get; } = Dictionary(isStepScope: true);

    private static ObjectShape Variable(bool isStepScope) => new(
        [
            new("type", Shapes.Vocabulary(CacaoVocabularies.VariableTypes), IsRequired: true),
            new("description", Shapes.String),
            new("value", Value),
            new("constant", Shapes.Boolean),
            new("external", isStepScope ? Shapes.All(Shapes.Boolean, ExternalOnStep) : Shapes.Boolean),
        ]);

    // Read in place; a backslash is no name character, so only an escaped spelling needs decoding first.
    private static bool IsVariableName(TapeMember member)
    {
        return CacaoVariableName.IsValid(member.RawUtf8Name) || (member.NameHasEscapes && CacaoVariableName.IsValid(member.Name));
    }

    private static ValueShape Dictionary(bool isStepScope)
    {
        var variable = Variable(isStepScope);
        return new ValueShape((context, value, in path) =>
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                JsonText.Mismatch(context, path, "an object keyed by variable names", value);
                return;
            }

            context.UniqueNames.CheckNames(value);
            var children = path.ForChildren(context.Paths);
            foreach (var member in value.EnumerateObject())
            {
                var memberPath = children.Append(member);
                if (!IsVariableName(member))
                {
                    context.Error(memberPath, ValidationCodes.VariableName,
                        $"{JsonText.Quote(member.Name)} is not a variable name: it must be __name__ with a letter first, letters, digits, '_', '-' or '.', at most {CacaoVariableName.MaxLength} characters in all.");
                }

                variable.Check(context, member.Value, memberPath);
            }

            context.Paths.Return(children);
        });
    }
}
