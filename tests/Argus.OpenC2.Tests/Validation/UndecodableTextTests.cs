using System.Text.Json;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Tests.Validation;

/// <summary>
/// The JSON parser accepts strings that do not decode (bytes that are not UTF-8, escaped lone surrogates), which an
/// actuator's reply may hold. Every reader reports them as <c>json.invalid-unicode</c> and never throws.
/// </summary>
public sealed class UndecodableTextTests
{
    [Fact]
    public void Read_PlugfestVectorsWithUndecodableTextInAnyString_ReportInvalidUnicodeAndNeverThrow()
    {
        var folder = PlugfestVectors.Folder();
        var mutants = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var original = File.ReadAllBytes(file);
            foreach (var (start, index) in StringStarts(original).Select((start, index) => (start, index)))
            {
                byte[] inserted = index % 2 == 0 ? [0xFF] : "\\udc00"u8.ToArray();
                byte[] mutant = [.. original.AsSpan(0, start + 1), .. inserted, .. original.AsSpan(start + 1)];

                AssertInvalidUnicode(OpenC2Reader.ReadCommand(mutant).Report, file);
                AssertInvalidUnicode(OpenC2Reader.ReadResponse(mutant).Report, file);
                AssertInvalidUnicode(OpenC2Envelope.ReadRequest(mutant).Report, file);
                AssertInvalidUnicode(OpenC2Envelope.ReadResponse(mutant).Report, file);
                mutants++;
            }
        }

        Assert.True(mutants > 500, $"only {mutants} mutants");
    }

    [Theory]
    [InlineData("""{"a":["ok",{"b":"\ud800"}]}""", "/a/1/b")]
    [InlineData("""{"a~/b":"\udc00"}""", "/a~0~1b")]
    [InlineData("""{"a":"\ud83d\ude00","b":"\\ud800"}""", null)] // a surrogate pair, and an escaped backslash
    public void FindUndecodable_Text_GivesThePointerOfTheFirstThatDoesNotDecode(string json, string? expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, IJsonText.FindUndecodable(document.RootElement));
    }

    private static void AssertInvalidUnicode(OpenC2ValidationReport report, string file) =>
        Assert.True(report.Issues.Any(issue => issue.Code == OpenC2IssueCodes.InvalidUnicode),
            $"{file}: {string.Join("; ", report.Issues.Select(i => $"{i.Path} {i.Code}"))}");

    // The offset of the opening quote of every string and member name; none when the file is not JSON (a bad vector).
    private static List<int> StringStarts(byte[] json)
    {
        var starts = new List<int>();
        if (!IsJson(json))
        {
            return starts;
        }

        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                starts.Add((int)reader.TokenStartIndex);
            }
        }

        return starts;
    }

    private static bool IsJson(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
