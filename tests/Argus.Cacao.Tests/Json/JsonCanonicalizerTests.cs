using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Testing;

namespace Argus.Cacao.Tests.Json;

public sealed class JsonCanonicalizerTests
{
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation.
    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void FormatNumber_Rfc8785AppendixB_MatchesEcmaScript(ulong bits, string expected)
    {
        var value = BitConverter.UInt64BitsToDouble(bits);

        var formatted = JsonCanonicalizer.FormatNumber(value);

        Assert.Equal(expected, formatted);
    }

    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("1E+21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("100", "100")]
    [InlineData("-12.5e1", "-125")]
    public void Canonicalize_NumberLiteral_WritesEcmaScriptForm(string literal, string expected)
    {
        var canonical = Canonicalize(literal);

        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Canonicalize_Rfc8785Section322Example_MatchesPublishedOutput()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        var canonical = Canonicalize(input);

        Assert.Equal(
            """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""",
            canonical);
    }

    [Fact]
    public void Canonicalize_Rfc8785Section323SortingExample_OrdersByUtf16CodeUnits()
    {
        const string input = """
            {"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",
             "\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}
            """;

        var canonical = Canonicalize(input);

        using var document = JsonDocument.Parse(canonical);
        var values = document.RootElement.EnumerateObject().Select(p => p.Value.GetString()).ToArray();
        Assert.Equal(
            ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign",
             "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"],
            values);
    }

    [Fact]
    public void Canonicalize_ControlCharactersAndSolidus_UsesShortestEscapes()
    {
        var canonical = Canonicalize("\"\\u0000\\b\\t\\n\\f\\r\\u001f\\/\\u007f\\u00e9\"");

        Assert.Equal("\"\\u0000\\b\\t\\n\\f\\r\\u001f/\u007fé\"", canonical);
    }

    [Fact]
    public void Canonicalize_NestedWhitespace_IsRemoved()
    {
        var canonical = Canonicalize("{ \"b\" : [ 1 , { \"d\":true, \"c\" :null } ], \"a\" : \"x\" }");

        Assert.Equal("""{"a":"x","b":[1,{"c":null,"d":true}]}""", canonical);
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("[1e400]")]
    [InlineData("\"\\ud800\"")]
    [InlineData("{\"\\udc00\":1}")]
    public void TryCanonicalize_NotIJson_ReturnsFalse(string json)
    {
        using var document = JsonDocument.Parse(json);

        var succeeded = JsonCanonicalizer.TryCanonicalize(document.RootElement, out var canonical);

        Assert.False(succeeded);
        Assert.Null(canonical);
    }

    [Fact]
    public void Canonicalize_NotIJson_ThrowsArgumentException()
    {
        using var document = JsonDocument.Parse("""{"a":1,"a":2}""");

        Assert.Throws<ArgumentException>(() => JsonCanonicalizer.Canonicalize(document.RootElement));
    }

    [Fact]
    public void Canonicalize_CacaoAppendixASignatureExample_MatchesPublishedJcsAndDigest()
    {
        var example = SignatureExample.Load();
        using var playbook = JsonDocument.Parse(example.PlaybookToSign);

        var canonical = JsonCanonicalizer.Canonicalize(playbook.RootElement);

        Assert.Equal(example.ExpectedJcs, Encoding.UTF8.GetString(canonical));
        Assert.Equal(example.ExpectedSha256Hex, Convert.ToHexStringLower(SHA256.HashData(canonical)));
    }

    private static string Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement));
    }

    /// <summary>The blocks of CACAO Appendix A (<c>signature-example-rsa.md</c>) that fix the JCS of a playbook.</summary>
    private sealed record SignatureExample(string PlaybookToSign, string ExpectedJcs, string ExpectedSha256Hex)
    {
        public static SignatureExample Load()
        {
            var path = RepositoryPaths.RequireShared("cacao", "tc-examples", "Examples_CACAO-2.0_signature-example-rsa.md");
            var text = File.ReadAllText(path);
            var signing = text[..text.IndexOf("## Verifying", StringComparison.Ordinal)];
            return new SignatureExample(
                FirstCodeBlockAfter(signing, "### Step 3"),
                FirstCodeBlockAfter(signing, "### Step 4"),
                FirstCodeBlockAfter(signing, "### Step 5"));
        }

        private static string FirstCodeBlockAfter(string text, string heading)
        {
            var start = text.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{heading}' is missing from the example.");
            var fence = text.IndexOf("```", start, StringComparison.Ordinal);
            var bodyStart = text.IndexOf('\n', fence) + 1;
            var bodyEnd = text.IndexOf("```", bodyStart, StringComparison.Ordinal);
            return text[bodyStart..bodyEnd].Trim();
        }
    }
}
