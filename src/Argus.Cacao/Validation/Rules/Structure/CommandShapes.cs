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
        params CrossCheck[] crossChecks) =>
        new(type, new ObjectShape([.. Common, .. specific], reportsUnknown: true, crossChecks));

    // "Either command or command_b64 MUST be present" for manual, bash, ssh, powershell and caldera-cmd.
    private static void RequireCommandOrBase64(ValidationContext context, in ObjectMembers command, PointerPath path)
    {
        if (!command.Has("command"u8) && !command.Has("command_b64"u8))
        {
            context.Error(path, ValidationCodes.CommandMissing,
                $"A {TypedObjectShape.TypeOf(command.Object)} command needs 'command' or 'command_b64'; it has neither.");
        }
    }

    /// <summary>An HTTP request start line, "GET /api1/getObject?id=1234 HTTP/1.1" (RFC 9112 section 3).</summary>
    private static ValueShape StartLine(bool requirePost) => new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        Span<char> buffer = stackalloc char[JsonText.StackLength];
        ReadOnlySpan<char> text = JsonText.TryCopy(value, buffer, out var length) ? buffer[..length] : JsonText.StringOf(value);
        var methodEnd = text.IndexOf(' ');
        var method = methodEnd < 0 ? text : text[..methodEnd];
        var methodIsVariable = VariableText.ContainsReference(method);
        if (!methodIsVariable && (method.IsEmpty || method.ContainsAnyExceptInRange('A', 'Z')))
        {
            context.Error(path, ValidationCodes.HttpStartLine,
                $"{JsonText.Quote(text.ToString())} does not start with an HTTP method such as GET or POST.");
            return;
        }

        if (requirePost && !methodIsVariable && !method.SequenceEqual("POST"))
        {
            context.Error(path, ValidationCodes.OpenC2Method, $"An openc2-http command must use POST, not {JsonText.Quote(method.ToString())}.");
        }

        if (!IsMethodTargetVersion(text, methodEnd))
        {
            context.Warning(path, ValidationCodes.HttpStartLineNonstandard,
                $"{JsonText.Quote(text.ToString())} is not of the form 'METHOD request-target HTTP/1.1'.");
        }
    });

    // Exactly three parts separated by single spaces: the method, a non-empty target and an HTTP version.
    private static bool IsMethodTargetVersion(ReadOnlySpan<char> text, int methodEnd)
    {
        if (methodEnd < 0)
        {
            return false;
        }

        var rest = text[(methodEnd + 1)..];
        var targetEnd = rest.IndexOf(' ');
        return targetEnd > 0 && rest[(targetEnd + 1)..] is var version && !version.Contains(' ') && IsHttpVersion(version);
    }

    private static bool IsHttpVersion(ReadOnlySpan<char> text) =>
        text is ['H', 'T', 'T', 'P', '/', >= '0' and <= '9', '.', >= '0' and <= '9'] or ['H', 'T', 'T', 'P', '/', >= '0' and <= '9'];
}
