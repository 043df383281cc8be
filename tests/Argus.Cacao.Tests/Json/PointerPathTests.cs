using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;

namespace Argus.Cacao.Tests.Json;

public sealed class PointerPathTests
{
    [Fact]
    public void ToString_RootAndText_AreGivenBack()
    {
        Assert.Equal("", PointerPath.Root.ToString());
        Assert.Equal("/workflow", PointerPath.Of("/workflow").ToString());
        Assert.Equal("/workflow/a/0", PointerPath.Of("/workflow").Append("a").Append(0).ToString());
    }

    [Theory]
    [InlineData("""{"plain": 1}""", "/plain")]
    [InlineData("""{"a/b~c": 1}""", "/a~1b~0c")]
    [InlineData("""{"\u0061\/b": 1}""", "/a~1b")]
    [InlineData("""{"café ☕ 𝄞": 1}""", "/café ☕ 𝄞")]
    [InlineData("""{"": 1}""", "/")]
    public void ToString_Member_DecodesAndEscapesTheName(string json, string expected)
    {
        using var document = TestTape.Parse(json);
        var member = document.Root.EnumerateObject().Single();

        Assert.Equal(expected, PointerPath.Root.Append(member).ToString());
    }

    [Fact]
    public void ToString_LongMemberNameUnderSharedParents_IsWhole()
    {
        var name = new string('n', 1000);
        using var document = TestTape.Parse($$"""{"{{name}}": [{"x": 1}]}""");
        var member = document.Root.EnumerateObject().Single();
        var inner = member.Value[0].EnumerateObject().Single();

        var path = PointerPath.Of("/workflow").ForChildren().Append(member).ForChildren().Append(0).ForChildren().Append(inner);

        Assert.Equal($"/workflow/{name}/0/x", path.ToString());
    }

    [Fact]
    public void ForChildren_PooledCopyReturnedAndReused_GivesEachPointerItsOwnText()
    {
        var pool = new PointerPath.Pool();
        var first = PointerPath.Root.Append("a").ForChildren(pool);
        var firstChild = first.Append("x");
        Assert.Equal("/a/x", firstChild.ToString());
        pool.Return(first);

        var second = PointerPath.Root.Append("b").Append(3).ForChildren(pool);

        Assert.Equal("/b/3/y", second.Append("y").ToString());
        Assert.Equal("/b/3", second.ToString());
    }

    [Fact]
    public void Pool_ReturnedCopy_NoLongerKeepsTheDocumentAlive()
    {
        var pool = new PointerPath.Pool();

        var document = UseAndReturn(pool);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(document.IsAlive);
    }

    // A member pointer of a document that is dropped once this returns; only the pool could still reach it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference UseAndReturn(PointerPath.Pool pool)
    {
        using var document = TestTape.Parse("{\"a\": {\"b\": 1}}");
        var member = document.Root.EnumerateObject().First();
        var path = PointerPath.Root.Append(member).ForChildren(pool);
        Assert.Equal("/a/b", path.Append("b").ToString());
        pool.Return(path);
        return new WeakReference(document);
    }
}
