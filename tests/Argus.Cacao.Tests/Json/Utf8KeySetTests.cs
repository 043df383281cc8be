using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Tests.Json;

public sealed class Utf8KeySetTests
{
    [Fact]
    public void Contains_KeysAndValuesWrittenWithOrWithoutEscapes_MatchByTheirText()
    {
        using var keys = JsonDocument.Parse("""{"agent--1": 1, "t\u0061rget--2": 2, "café": 3}""");
        using var values = JsonDocument.Parse("""["agent--1", "\u0061gent--1", "target--2", "caf\u00e9", "agent--2", "Agent--1"]""");
        var set = new Utf8KeySet(3);
        foreach (var member in keys.RootElement.EnumerateObject())
        {
            set.Add(member);
        }

        var found = values.RootElement.EnumerateArray().Select(set.ContainsText).ToArray();

        Assert.Equal(3, set.Count);
        Assert.Equal([true, true, true, true, false, false], found);
    }

    [Fact]
    public void Contains_MemberNames_MatchByTheirText()
    {
        using var keys = JsonDocument.Parse("""{"extension-definition--1": {}}""");
        using var names = JsonDocument.Parse("""{"extension-definition--1": 1, "extension-d\u0065finition--1": 2, "extension-definition--2": 3}""");
        var set = new Utf8KeySet(1);
        set.Add(keys.RootElement.EnumerateObject().Single());

        var found = names.RootElement.EnumerateObject().Select(set.Contains).ToArray();

        Assert.Equal([true, true, false], found);
    }

    [Fact]
    public void Empty_HoldsNothing()
    {
        using var values = JsonDocument.Parse("""[""]""");

        Assert.False(Utf8KeySet.Empty.ContainsText(values.RootElement[0]));
        Assert.Equal(0, Utf8KeySet.Empty.Count);
    }
}
