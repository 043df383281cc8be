using System.Text;
using System.Text.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Validation.Structure;

namespace Argus.Cacao.Tests.Json;

public sealed class JsonTapeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("-0")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData("1e5")]
    [InlineData("1E+5")]
    [InlineData("-1.5e-7")]
    [InlineData("1e")]
    [InlineData("1e400")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("true")]
    [InlineData("tru")]
    [InlineData("truex")]
    [InlineData("null")]
    [InlineData("[null,false]")]
    [InlineData("[1,]")]
    [InlineData("[,1]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1 2]")]
    [InlineData("1 2")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{1:2}")]
    [InlineData("{\"a\":1}}")]
    [InlineData("[[]]")]
    [InlineData("{}")]
    [InlineData(" \t\r\n{ \"a\" : [ 1 , true , null ] } \n")]
    [InlineData("\"unterminated")]
    [InlineData("\"a\\x\"")]
    [InlineData("\"a\\/b\\\"c\\\\d\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\u12\"")]
    [InlineData("\"\\u12G4\"")]
    [InlineData("\"\\u00e9\\uD83D\\uDE00\"")]
    [InlineData("\"a\tb\"")]
    [InlineData("\"a\u007fb\"")]
    [InlineData("\"\\")]
    [InlineData("/*c*/1")]
    [InlineData("// c\n1")]
    [InlineData("\uFEFF{}")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("[\"a\"\"b\"]")]
    [InlineData("\u00a01")]
    public void TryParse_EdgeCases_AcceptsAndReadsWhatJsonDocumentDoes(string json)
    {
        Assert.Null(TapeAgreement.Disagreement(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void TryParse_NestingAroundTheLimit_AgreesWithJsonDocument(int depth)
    {
        var arrays = new string('[', depth) + new string(']', depth);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        Assert.Null(TapeAgreement.Disagreement(Encoding.UTF8.GetBytes(arrays)));
        Assert.Null(TapeAgreement.Disagreement(Encoding.UTF8.GetBytes(objects)));
        Assert.Equal(depth <= 64, JsonTape.TryParse(Encoding.UTF8.GetBytes(arrays), 64) is not null);
    }

    [Fact]
    public void TryParse_DeeperThanItsFirstStack_ParsesUpToTheLimitGiven()
    {
        var deep = Encoding.UTF8.GetBytes(new string('[', 1000) + "\"x\"" + new string(']', 1000));

        using var tape = JsonTape.TryParse(deep, maxDepth: 1000);
        Assert.NotNull(tape);
        Assert.Null(JsonTape.TryParse(deep, maxDepth: 999));
    }

    [Fact]
    public void TryParse_ManyValues_GrowsItsRowsAndKeepsEveryValue()
    {
        var items = Enumerable.Range(0, 100_000).Select(i => i % 3 == 0 ? $"\"s{i}\"" : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var json = Encoding.UTF8.GetBytes("[" + string.Join(",", items) + "]");

        using var tape = JsonTape.TryParse(json, 64)!;

        Assert.Equal(100_000, tape.Root.GetArrayLength());
        Assert.Equal("s99999", tape.Root[99_999].GetString());
        Assert.Null(TapeAgreement.Disagreement(json));
    }

    [Fact]
    public void TapeRow_CountsUpToItsLimitAndNoFurther()
    {
        var row = new TapeRow((int)JsonValueKind.Array, start: 0, length: 2, end: 1);
        var counted = 0;
        while (row.TryAddOne())
        {
            counted++;
        }

        Assert.Equal(TapeRow.MaxCount, counted);
        Assert.Equal(TapeRow.MaxCount, row.Count);
        Assert.Equal((int)JsonValueKind.Array, row.Kind);
        Assert.False(row.IsEscaped);
    }

    [Fact]
    public void TryGetProperty_RepeatedName_FindsTheLastOccurrence()
    {
        using var tape = TestTape.Parse("""{"a": 1, "b": {"a": 9}, "a": 2}""");

        Assert.True(tape.Root.TryGetProperty("a", out var a));
        Assert.Equal("2", a.GetRawText());
        Assert.Equal(3, tape.Root.GetPropertyCount());
        Assert.False(tape.Root.TryGetProperty("c"u8, out var missing));
        Assert.Equal(JsonValueKind.Undefined, missing.ValueKind);
    }

    [Fact]
    public void Strings_WithEscapes_DecodeAndCompareAsTheirText()
    {
        using var tape = TestTape.Parse("""{"caf\u00e9": "tab\there \ud83d\ude00", "plain": "x"}""");
        var member = tape.Root.EnumerateObject().First();

        Assert.True(member.NameHasEscapes);
        Assert.True(member.Value.HasEscapes);
        Assert.False(tape.Root.EnumerateObject().Last().NameHasEscapes);
        Assert.False(tape.Root.GetProperty("plain").HasEscapes);
        Assert.False(tape.Root.HasEscapes);
        Assert.Equal("café", member.Name);
        Assert.True(member.NameEquals("café"));
        Assert.Equal("caf\\u00e9"u8.ToArray(), member.RawUtf8Name.ToArray());
        Assert.Equal("tab\there 😀", member.Value.GetString());
        Assert.True(member.Value.ValueEquals("tab\there 😀"));
        Assert.False(member.Value.ValueEquals("tab\there"));
        Assert.True(tape.Root.TryGetProperty("café", out _));
    }

    [Fact]
    public void ReadingTextThatDoesNotDecode_Throws_AsReadingItFromAJsonElementDoes()
    {
        byte[] json = [.. "{\"a"u8, 0xFF, .. "\": \"\\ud800\"}"u8];
        using var tape = JsonTape.TryParse(json, 64)!;
        var member = tape.Root.EnumerateObject().First();

        Assert.Throws<InvalidOperationException>(() => member.Name);
        Assert.Throws<InvalidOperationException>(() => member.ToString());
        Assert.Throws<InvalidOperationException>(() => tape.Root.GetRawText());
        Assert.Throws<InvalidOperationException>(() => member.Value.GetString());
    }

    [Fact]
    public void TextWithALoneSurrogate_EqualsNothing()
    {
        using var tape = TestTape.Parse("""{"a": "x"}""");

        Assert.False(tape.Root.TryGetProperty("\ud800", out _));
        Assert.False(tape.Root.GetProperty("a").ValueEquals("\ud800"));
    }

    [Fact]
    public void Default_IsUndefined_AndReadingAValueOfTheWrongKindThrows()
    {
        using var tape = TestTape.Parse("""{"n": 1, "s": "x", "z": null}""");

        Assert.Equal(JsonValueKind.Undefined, default(TapeValue).ValueKind);
        Assert.Null(tape.Root.GetProperty("z").GetString());
        Assert.True(tape.Root.GetProperty("z").ValueEquals((string?)null));
        Assert.False(tape.Root.GetProperty("z").ValueEquals("null"));
        Assert.Throws<InvalidOperationException>(() => tape.Root.GetProperty("n").GetString());
        Assert.Throws<InvalidOperationException>(() => tape.Root.GetProperty("s").EnumerateArray());
        Assert.Throws<InvalidOperationException>(() => tape.Root.GetArrayLength());
        Assert.Throws<KeyNotFoundException>(() => tape.Root.GetProperty("missing"));
    }

    [Fact]
    public void Enumerators_SkipNestedValuesAndStartOverWhenEnumeratedAgain()
    {
        using var tape = TestTape.Parse("""[{"a": [1, [2, 3]], "b": {}}, [], "last"]""");
        var items = tape.Root.EnumerateArray();

        Assert.Equal(["{\"a\": [1, [2, 3]], \"b\": {}}", "[]", "\"last\""], items.Select(i => i.GetRawText()));
        Assert.Equal(3, items.Count());
        Assert.Equal(["a", "b"], tape.Root[0].EnumerateObject().Select(m => m.Name));
        Assert.Equal("\"last\"", tape.Root[2].GetRawText());
    }

    [Fact]
    public void TryGetDecimal_ReadsNumbersAsSystemTextJsonDoes()
    {
        using var tape = TestTape.Parse("[0, -1.5, 1e2, 1e400]");

        Assert.True(tape.Root[1].TryGetDecimal(out var negative));
        Assert.Equal(-1.5m, negative);
        Assert.True(tape.Root[2].TryGetDecimal(out var hundred));
        Assert.Equal(100m, hundred);
        Assert.False(tape.Root[3].TryGetDecimal(out _));
    }

    [Fact]
    public void TryParse_CorpusDocuments_ReadExactlyAsJsonDocumentReadsThem()
    {
        foreach (var file in CorpusFiles.All())
        {
            Assert.Null(TapeAgreement.Disagreement(File.ReadAllBytes(file)));
        }
    }

    // Token-level and byte-level damage to the corpus: whatever System.Text.Json accepts, the tape accepts and reads
    // alike, and whatever it rejects, the tape rejects. A fixed seed keeps failures reproducible.
    [Fact]
    public void TryParse_MutatedCorpusDocuments_AgreeWithJsonDocument()
    {
        var files = CorpusFiles.All().Select(File.ReadAllBytes).ToArray();
        var random = new Random(20261124);
        byte[][] fragments =
        [
            .. new[]
            {
                "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\uD83D\\uDE00", "0", "-", "1e", "1.5", "01", ".5",
                "true", "tru", "null", " ", "\t", "\n", "/", "-0", "1e400", "\"\\x\"", "\"\\/\"",
            }.Select(Encoding.UTF8.GetBytes),
            [0x00], [0x01], [0x7F], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF],
        ];
        var agreed = 0;
        for (var round = 0; round < 4000; round++)
        {
            var bytes = new List<byte>(files[random.Next(files.Length)]);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes.RemoveAt(at);
                        break;
                    case 1:
                        bytes.InsertRange(at, fragments[random.Next(fragments.Length)]);
                        break;
                    default:
                        bytes[at] = (byte)random.Next(256);
                        break;
                }
            }

            var mutant = bytes.ToArray();
            Assert.True(TapeAgreement.Disagreement(mutant) is null, $"Round {round}: {TapeAgreement.Disagreement(mutant)}");
            agreed++;
        }

        Assert.Equal(4000, agreed);
    }
}
