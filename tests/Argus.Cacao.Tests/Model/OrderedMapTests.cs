using Argus.Cacao.Model;

namespace Argus.Cacao.Tests.Model;

public sealed class OrderedMapTests
{
    [Fact]
    public void Entries_CreatedFromUnsortedKeys_KeepInsertionOrder()
    {
        var map = Map(("z", 1), ("a", 2), ("m", 3));

        Assert.Equal(["z", "a", "m"], map.Keys);
        Assert.Equal(2, map["a"]);
    }

    [Fact]
    public void SetItem_ExistingKey_ReplacesInPlace()
    {
        var map = Map(("z", 1), ("a", 2), ("m", 3));

        var changed = map.SetItem("a", 20);

        Assert.Equal(["z", "a", "m"], changed.Keys);
        Assert.Equal(20, changed["a"]);
        Assert.Equal(2, map["a"]);
    }

    [Fact]
    public void SetItem_NewKey_Appends()
    {
        var changed = Map(("z", 1)).SetItem("a", 2);

        Assert.Equal(["z", "a"], changed.Keys);
    }

    [Fact]
    public void Remove_MiddleKey_KeepsOrderOfOthersAndLookups()
    {
        var changed = Map(("z", 1), ("a", 2), ("m", 3)).Remove("a");

        Assert.Equal(["z", "m"], changed.Keys);
        Assert.Equal(3, changed["m"]);
        Assert.False(changed.ContainsKey("a"));
    }

    [Fact]
    public void Constructor_DuplicateKey_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Map(("a", 1), ("a", 2)));
    }

    [Fact]
    public void Indexer_MissingKey_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => Map(("a", 1))["b"]);
    }

    [Fact]
    public void CollectionExpression_Entries_BuildsMapInOrder()
    {
        OrderedMap<int> map = [KeyValuePair.Create("b", 1), KeyValuePair.Create("a", 2)];
        OrderedMap<int> empty = [];

        Assert.Equal(["b", "a"], map.Keys);
        Assert.Same(OrderedMap<int>.Empty, empty);
    }

    private static OrderedMap<int> Map(params (string Key, int Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
