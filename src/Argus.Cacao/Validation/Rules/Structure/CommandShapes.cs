using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Command objects (section 5), by command type. The CS01 per-command schemas are never dispatched by type
/// (spec-notes §3.2); these shapes apply them, with the rules the schemas leave out.
/// </summary>
internal static class CommandShapes
{
    private static readonly PropertyRule[] Common =
    [
        new("type", Shapes.Vocabulary(CacaoVocabularies.CommandTypes), IsRequired: true),
        new("description", Shapes.String),
        new("version", Shapes.String),
        new("playbook_activity", Shapes.Vocabulary(CacaoVocabularies.PlaybookActivities)),
        new("external_references", Shapes.ArrayOf(DataTypeShapes.ExternalReference.Value)),
    ];

    private static readonly PropertyRule[] CommandOrBase64 =
    [
        new("command", Shapes.String),
        new("command_b64", Shapes.Base64),
    ];

    private static readonly PropertyRule Headers = new("headers", Shapes.DictionaryOf(Shapes.ArrayOf(Shapes.String)));

    public static TypedObjectShape Command { get; } = new(
        new ObjectShape(Common, reportsUnknown: false),
        [
            .. new[] { "manual", "bash", "ssh", "powershell", "caldera-cmd" }.Select(type =>
                Typed(type, CommandOrBase64, RequireCommandOrBase64)),
            Typed("http-api",
                [
                    new("command", Shapes.All(Shapes.String, StartLine(requirePost: false)), IsRequired: true),
                    Headers,
                    new("content", Shapes.String),
                    new("content_b64", Shapes.Base64),
                ]),
            Typed("openc2-http",
                [
                    new("command", Shapes.All(Shapes.String, StartLine(requirePost: true)), IsRequired: true),
                    new("content_b64", Shapes.Base64, IsRequired: true),
                    Headers,
                ]),
            .. new[] { "elastic", "jupyter", "kestrel", "sigma", "yara" }.Select(type =>
                Typed(type, [new("command_b64", Shapes.Base64, IsRequired: true)])),
        ]);

    private static KeyValuePair<string, ObjectShape> Typed(string type, PropertyRule[] specific,
        params Action<ValidationContext, JsonElement, PointerPath>[] crossChecks) =>
        new(type, new ObjectShape([.. Common, .. specific], reportsUnknown: true, crossChecks));

    // "Either command or command_b64 MUST be present" for manual, bash, ssh, powershell and caldera-cmd.
    private static void RequireCommandOrBase64(ValidationContext context, JsonElement value, PointerPath path)
    {
        if (!value.TryGetProperty("command"u8, out _) && !value.TryGetProperty("command_b64"u8, out _))
        {
            context.Error(path, ValidationCodes.CommandMissing,
                $"A {TypedObjectShape.TypeOf(value)} command needs 'command' or 'command_b64'; it has neither.");
        }
    }

    /// <summary>An HTTP request start line, "GET /api1/getObject?id=1234 HTTP/1.1" (RFC 9112 section 3).</summary>
    private static ValueShape StartLine(bool requirePost) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = JsonText.StringOf(value);
        var parts = text.Split(' ');
        var method = parts[0];
        var methodIsVariable = VariableText.ContainsReference(method);
        if (!methodIsVariable && !(method.Length > 0 && method.All(char.IsAsciiLetterUpper)))
        {
            context.Error(path, ValidationCodes.HttpStartLine,
                $"{JsonText.Quote(text)} does not start with an HTTP method such as GET or POST.");
            return;
        }

        if (requirePost && !methodIsVariable && method != "POST")
        {
            context.Error(path, ValidationCodes.OpenC2Method, $"An openc2-http command must use POST, not {JsonText.Quote(method)}.");
        }

        if (parts.Length != 3 || parts[1].Length == 0 || !IsHttpVersion(parts[2]))
        {
            context.Warning(path, ValidationCodes.HttpStartLineNonstandard,
                $"{JsonText.Quote(text)} is not of the form 'METHOD request-target HTTP/1.1'.");
        }
    });

    private static bool IsHttpVersion(string text) =>
        text is ['H', 'T', 'T', 'P', '/', >= '0' and <= '9', '.', >= '0' and <= '9'] or ['H', 'T', 'T', 'P', '/', >= '0' and <= '9'];
}
