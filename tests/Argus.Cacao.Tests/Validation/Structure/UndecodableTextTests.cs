using System.Text;
using System.Text.Json.Nodes;
using Argus.Cacao.Validation;
using Argus.Testing;

namespace Argus.Cacao.Tests.Validation.Structure;

/// <summary>
/// The JSON parser accepts strings that cannot be decoded: bytes that are not UTF-8, and escaped UTF-16 surrogates
/// without their pair. The validator reports each such string or member name as an error at its pointer, alone, and
/// never throws; text that does decode, escaped surrogate pairs included, stays valid.
/// </summary>
public sealed class UndecodableTextTests
{
    private const string InvalidUnicode = "json.invalid-unicode";
    private const string Marker = "undecodable-text-goes-here";

    [Theory]
    [InlineData("\\ud800")] // a high surrogate alone
    [InlineData("a\\udc00b")] // a low surrogate alone
    [InlineData("\\ude00\\ud83d")] // a pair in the wrong order
    [InlineData("\\uD83D")]
    public void Validate_StringValueEscapingALoneSurrogate_ReportsInvalidUnicodeAtItsPointerAlone(string escaped)
    {
        foreach (var (place, path) in Places())
        {
            var report = Validate(place, Encoding.ASCII.GetBytes(escaped));

            AssertInvalidUnicodeAlone(report, path, "surrogate");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0x80 })] // overlong NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded as UTF-8
    [InlineData(new byte[] { 0xE2, 0x82 })] // truncated sequence
    public void Validate_StringValueWithBytesThatAreNotUtf8_ReportsInvalidUnicodeAtItsPointerAlone(byte[] bytes)
    {
        foreach (var (place, path) in Places())
        {
            var report = Validate(place, [(byte)'a', .. bytes, (byte)'b']);

            AssertInvalidUnicodeAlone(report, path, "not UTF-8");
        }
    }

    [Theory]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' }, "surrogate")]
    [InlineData(new byte[] { 0xFF }, "not UTF-8")]
    public void Validate_MemberNameThatDoesNotDecode_ReportsInvalidUnicodeAtItsObjectAlone(byte[] name, string reason)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["x-custom"] = new JsonObject { [Marker] = 1 };
        var bytes = Splice(playbook, [(byte)'x', .. name]);

        var report = new PlaybookValidator().Validate(bytes);

        AssertInvalidUnicodeAlone(report, "/x-custom", reason);
    }

    [Theory]
    [InlineData("\\ud83d\\ude00")] // a surrogate pair: one emoji
    [InlineData("\\uD83D\\uDE00")]
    [InlineData("\\\\ud800")] // an escaped backslash followed by plain text
    [InlineData("caf\\u00e9")]
    public void Validate_EscapesThatDecode_ReportWhatPlainTextReports(string escaped)
    {
        foreach (var (place, _) in Places())
        {
            var report = Validate(place, Encoding.ASCII.GetBytes(escaped));

            Assert.Equal(TestPlaybooks.Describe(Validate(place, "plain"u8.ToArray())), TestPlaybooks.Describe(report));
            Assert.DoesNotContain(report.Issues, issue => issue.Code == InvalidUnicode);
        }
    }

    [Fact]
    public void Validate_RawUtf8BeyondAscii_ReportsWhatPlainTextReports()
    {
        foreach (var (place, _) in Places())
        {
            var report = Validate(place, Encoding.UTF8.GetBytes("Grüße, 東京 🚨"));

            Assert.Equal(TestPlaybooks.Describe(Validate(place, "plain"u8.ToArray())), TestPlaybooks.Describe(report));
        }
    }

    [Fact]
    public void Validate_UndecodableTextAtEveryStringOfCorpusDocuments_ReportsInvalidUnicodeAndNeverThrows()
    {
        var validator = new PlaybookValidator();
        var random = new Random(23);
        var checkedMutants = 0;
        foreach (var file in CorpusFiles.All())
        {
            var original = File.ReadAllBytes(file);
            var starts = JsonStringStarts.Of(original);
            for (var i = 0; i < 12 && starts.Count > 0; i++)
            {
                var start = starts[random.Next(starts.Count)];
                var mutant = JsonStringStarts.Insert(original, start, random.Next(2) == 0 ? [0xFF] : "\\udc00"u8);

                var report = validator.Validate(mutant);

                // Reported alone: besides it, only what the parser finds (a corpus file may repeat a name).
                Assert.Contains(report.Errors, issue => issue.Code == InvalidUnicode);
                Assert.All(report.Issues, issue => Assert.StartsWith("json.", issue.Code, StringComparison.Ordinal));
                checkedMutants++;
            }
        }

        Assert.True(checkedMutants > 100, $"only {checkedMutants} mutants");
    }

    [Fact]
    public void Validate_TextHoldingALoneSurrogateCharacter_ReportsInvalidUnicodeInsteadOfReplacingIt()
    {
        var json = TestPlaybooks.Minimal().ToJsonString().Replace("\"Minimal\"", "\"Mini\uD800mal\"", StringComparison.Ordinal);

        var report = new PlaybookValidator().Validate(json);

        var issue = Assert.Single(report.Issues);
        Assert.Equal(InvalidUnicode, issue.Code);
        Assert.Equal("", issue.Path);
        Assert.Contains($"position {json.IndexOf('\uD800', StringComparison.Ordinal)} ", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new int[] { 0x61, 0xDC00, 0x62 }, 1)] // a low surrogate alone
    [InlineData(new int[] { 0x7B, 0xD83D }, 1)] // a high surrogate at the end
    [InlineData(new int[] { 0xDE00, 0xD83D }, 0)] // a pair in the wrong order
    public void TryEncode_TextWithALoneSurrogate_ReportsItsPositionAndGivesNoBytes(int[] codeUnits, int position)
    {
        var text = new string([.. codeUnits.Select(unit => (char)unit)]);

        Assert.False(JsonTextInput.TryEncode(text, out var utf8, out var issue));

        Assert.Null(utf8);
        Assert.Equal(InvalidUnicode, issue.Code);
        Assert.Contains($"position {position} ", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"name\":\"Grüße, 東京 🚨\"}")]
    [InlineData("{\"name\":\"\\ud800\"}")] // an escape is text here; the validator judges it
    public void TryEncode_TextWithoutLoneSurrogates_GivesItsUtf8Bytes(string text)
    {
        Assert.True(JsonTextInput.TryEncode(text, out var utf8, out var issue));

        Assert.Null(issue);
        Assert.Equal(Encoding.UTF8.GetBytes(text), utf8);
    }

    // Where the marker string goes, and the pointer an issue about it names. The command and the agent's name are
    // read by later rules (variable uses), the list item and the extension member by the structure rules alone.
    private static IEnumerable<(Action<JsonObject> Place, string Path)> Places()
    {
        yield return (p => p["name"] = Marker, "/name");
        yield return (p => p["labels"] = new JsonArray("ok", Marker), "/labels/1");
        yield return (p => p.Command()["command"] = Marker, $"{TestPlaybooks.ActionPath}/commands/0/command");
        yield return (p => p["agent_definitions"]![TestPlaybooks.AgentId]!["name"] = Marker,
            $"/agent_definitions/{TestPlaybooks.AgentId}/name");
        yield return (p => p["x-custom"] = new JsonObject { ["deep"] = new JsonArray(Marker) }, "/x-custom/deep/0");
    }

    private static ValidationReport Validate(Action<JsonObject> place, byte[] text)
    {
        var playbook = TestPlaybooks.Minimal();
        place(playbook);
        var bytes = Splice(playbook, text);
        var validator = new PlaybookValidator();
        var report = validator.Validate(bytes);
        Assert.Equal(TestPlaybooks.Describe(validator.ValidateChecked(bytes)), TestPlaybooks.Describe(report));
        return report;
    }

    // The playbook's JSON text with the marker's characters replaced by text, which JSON nodes cannot hold.
    private static byte[] Splice(JsonObject playbook, byte[] text)
    {
        var json = Encoding.UTF8.GetBytes(playbook.ToJsonString());
        var at = json.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Marker));
        Assert.True(at > 0);
        return [.. json.AsSpan(0, at), .. text, .. json.AsSpan(at + Marker.Length)];
    }

    private static void AssertInvalidUnicodeAlone(ValidationReport report, string path, string reason)
    {
        var issue = Assert.Single(report.Issues);
        Assert.Equal(InvalidUnicode, issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(path, issue.Path);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
        Assert.False(report.IsValid);
    }
}
