using System.Text.Json;
using Argus.Cacao.Conditions;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Conditions;

/// <summary>
/// Parses the <c>condition</c> of every <c>if-condition</c> and <c>while-condition</c> step and checks that every
/// <c>switch-condition</c>'s <c>switch</c> is a variable reference or a literal (spec-notes §2.7).
/// </summary>
/// <remarks>Missing or non-string <c>condition</c>/<c>switch</c> properties belong to the structure rules and are skipped here.</remarks>
internal sealed class ConditionSyntaxRule : IValidationRule
{
    internal const string SyntaxCode = "condition.syntax";
    internal const string UnquotedLiteralCode = "condition.unquoted-literal";
    internal const string SwitchSyntaxCode = "switch.syntax";

    private const int ExcerptLength = 24;

    public void Check(ValidationContext context)
    {
        if (!context.Reading.Playbook.TryGetObject(PlaybookMember.Workflow, out var workflow))
        {
            return;
        }

        // Without repeated member names the shared step views hold exactly what the enumeration below would find (one
        // object per key, each member's only value); otherwise every occurrence of a repeated step key is checked.
        if (!context.RepeatsMemberNames)
        {
            foreach (var step in context.Reading.Steps)
            {
                switch (KindOf(step[StepMember.Type]))
                {
                    case StepKind.Condition:
                        CheckCondition(context, step[StepMember.Condition], step.Path);
                        break;
                    case StepKind.Switch:
                        CheckSwitch(context, step[StepMember.Switch], step.Path);
                        break;
                }
            }

            return;
        }

        var workflowPath = PointerPath.Root.Append("workflow").ForChildren();
        foreach (var step in workflow.EnumerateObject())
        {
            if (step.Value.ValueKind != JsonValueKind.Object || !context.TryGetMember(step.Value, "type"u8, out var type))
            {
                continue;
            }

            // The member is looked up only for the kind that reads it; undefined when absent.
            switch (KindOf(type))
            {
                case StepKind.Condition:
                    step.Value.TryGetProperty("condition"u8, out var condition);
                    CheckCondition(context, condition, workflowPath.Append(step));
                    break;
                case StepKind.Switch:
                    step.Value.TryGetProperty("switch"u8, out var switchValue);
                    CheckSwitch(context, switchValue, workflowPath.Append(step));
                    break;
            }
        }
    }

    private enum StepKind
    {
        Other,
        Condition,
        Switch,
    }

    // Compared in place: most steps are neither kind, and their type needs no string.
    private static StepKind KindOf(TapeValue type) => type.ValueKind != JsonValueKind.String ? StepKind.Other
        : type.ValueEquals("if-condition"u8) || type.ValueEquals("while-condition"u8) ? StepKind.Condition
        : type.ValueEquals("switch-condition"u8) ? StepKind.Switch
        : StepKind.Other;

    private static void CheckCondition(ValidationContext context, TapeValue value, PointerPath stepPath)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var condition = value.GetString()!;
        var path = stepPath.Append("condition");
        switch (ConditionParser.Parse(condition))
        {
            case ConditionParseResult.Failed failed:
                context.Error(path, SyntaxCode,
                    $"The condition is not valid at position {failed.Error.Position} ({Excerpt(condition, failed.Error.Position)}): {failed.Error.Message}");
                break;
            case ConditionParseResult.Parsed parsed:
                foreach (var warning in parsed.Warnings)
                {
                    context.Warning(path, UnquotedLiteralCode, $"At position {warning.Position}: {warning.Message}");
                }

                break;
        }
    }

    private static void CheckSwitch(ValidationContext context, TapeValue value, PointerPath stepPath)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var switchText = value.GetString()!;
        if (!ConditionParser.TryParseOperand(switchText, out _, out var error))
        {
            context.Error(stepPath.Append("switch"), SwitchSyntaxCode,
                $"The switch must be a variable reference (__name__:value) or a literal; at position {error.Position} ({Excerpt(switchText, error.Position)}): {error.Message}");
        }
    }

    /// <summary>The text at the error, quoted and shortened, or "at the end" when the condition ended too early.</summary>
    private static string Excerpt(string text, int position)
    {
        if (position >= text.Length)
        {
            return "at the end";
        }

        var rest = text.AsSpan(position);
        return rest.Length <= ExcerptLength
            ? $"near '{rest}'"
            : $"near '{rest[..ExcerptLength]}…'";
    }
}
