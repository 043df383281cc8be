using System.Text.Json;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;
using Argus.OpenC2.Validation;
using Argus.Testing;

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
            foreach (var (start, index) in JsonStringStarts.Of(original).Select((start, index) => (start, index)))
            {
                var mutant = JsonStringStarts.Insert(original, start, index % 2 == 0 ? [0xFF] : "\\udc00"u8);

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
}
