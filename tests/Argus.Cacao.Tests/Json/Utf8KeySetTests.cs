using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;

namespace Argus.Cacao.Tests.Json;

public sealed class Utf8KeySetTests
{
    [Fact]
    public void Contains_KeysAndValuesWrittenWithOrWithoutEscapes_MatchByTheirText()
    {
        using var keys = TestTape.Parse("""{"agent--1": 1, "t\u0061rget--2": 2, "café": 3}""");
        using var values = TestTape.Parse("""["agent--1", "\u0061gent--1", "target--2", "caf\u00e9", "agent--2", "Agent--1"]""");
        var set = new Utf8KeySet(3);
        foreach (var member in keys.Root.EnumerateObject())
        {
            set.Add(member);
        }

        var found = values.Root.EnumerateArray().Select(set.ContainsText).ToArray();

        Assert.Equal(3, set.Count);
        Assert.Equal([true, true, true, true, false, false], found);
    }

    [Fact]
    public void Contains_MemberNames_MatchByTheirText()
    {
        using var keys = TestTape.Parse("""{"extension-definition--1": {}}""");
        using var names = TestTape.Parse("""{"extension-definition--1": 1, "extension-d\u0065finition--1": 2, "extension-definition--2": 3}""");
        var set = new Utf8KeySet(1);
        set.Add(keys.Root.EnumerateObject().Single());

        var found = names.Root.EnumerateObject().Select(set.Contains).ToArray();

        Assert.Equal([true, true, false], found);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Contains_SetsOfAnySize_FindEveryNameOnceWhateverItsSpelling(int size)
    {
        // Every third name is escaped, and the first name comes back at the end, escaped.
        var members = Enumerable.Range(0, size)
            .Select(i => i % 3 == 1 ? $"\"n\\u0061me--{i}\": {i}" : $"\"name--{i}\": {i}")
            .Append("\"n\\u0061me--0\": 0");
        using var keys = TestTape.Parse("{" + string.Join(", ", members) + "}");
        using var values = TestTape.Parse("[" + string.Join(", ", Enumerable.Range(0, size + 2).Select(i => $"\"name--{i}\"")) + "]");
        var set = new Utf8KeySet(size + 1);
        foreach (var member in keys.Root.EnumerateObject())
        {
            set.Add(member);
        }

        var found = values.Root.EnumerateArray().Select(set.ContainsText).ToArray();

        Assert.Equal(size, set.Count);
        Assert.Equal(Enumerable.Range(0, size + 2).Select(i => i < size), found);
    }

    [Fact]
    public void Empty_HoldsNothing()
    {
        using var values = TestTape.Parse("""[""]""");

        Assert.False(Utf8KeySet.Empty.ContainsText(values.Root[0]));
        Assert.Equal(0, Utf8KeySet.Empty.Count);
    }
}
