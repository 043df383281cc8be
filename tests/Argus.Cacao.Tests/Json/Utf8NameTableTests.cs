using System.Text;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;

namespace Argus.Cacao.Tests.Json;

public sealed class Utf8NameTableTests
{
    private static readonly string[] Names = ["type", "name", "on_completion", "on_success", "on_failure", "é", ""];

    [Fact]
    public void IndexOf_EveryName_ReturnsItsNumber()
    {
        var table = new Utf8NameTable(Names);

        for (var i = 0; i < Names.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(Encoding.UTF8.GetBytes(Names[i])));
            Assert.Equal(i, table.IndexOf(Names[i]));
        }
    }

    [Theory]
    [InlineData("types")]
    [InlineData("typ")]
    [InlineData("Type")]
    [InlineData("on_completio")]
    [InlineData("e")]
    public void IndexOf_OtherName_ReturnsMinusOne(string name)
    {
        var table = new Utf8NameTable(Names);

        Assert.Equal(-1, table.IndexOf(Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void IndexOf_MemberNameWrittenWithEscapes_FindsTheDecodedName()
    {
        var table = new Utf8NameTable(Names);
        using var document = TestTape.Parse("""{"t\u0079pe": 1, "\u00e9": 2, "other": 3}""");

        var found = document.Root.EnumerateObject().Select(table.IndexOf).ToArray();

        Assert.Equal([0, 5, -1], found);
    }

    [Fact]
    public void IndexOfText_StringValueWrittenWithEscapes_FindsTheDecodedName()
    {
        var table = new Utf8NameTable(Names);
        using var document = TestTape.Parse("""["on_success", "on\u005fsuccess", "\u00e9", "on_succes\u0073x", ""]""");

        var found = document.Root.EnumerateArray().Select(table.IndexOfText).ToArray();

        Assert.Equal([3, 3, 5, -1, 6], found);
    }

    [Fact]
    public void IndexOf_NameHoldingABackslash_MatchesOnlyItsDecodedSpelling()
    {
        // The raw spelling a\\b decodes to a\b, the table's name; the raw spelling a\b is a, a backspace and b.
        var table = new Utf8NameTable(["a\\b"]);
        using var document = TestTape.Parse("""{"a\\b": ["a\\b", "a\b"], "a\b": 0}""");
        var members = document.Root.EnumerateObject().ToArray();

        Assert.Equal([0, -1], members.Select(table.IndexOf));
        Assert.Equal([0, -1], members[0].Value.EnumerateArray().Select(table.IndexOfText));
    }

    [Fact]
    public void Constructor_RepeatedName_Throws() =>
        Assert.Throws<ArgumentException>(() => new Utf8NameTable(["a", "b", "a"]));
}
