using Argus.Cacao.Model;

namespace Argus.Cacao.Tests.Model;

public sealed class UnknownPropertiesTests
{
    [Fact]
    public void With_NewMember_AppendsAndKeepsSourceOrder()
    {
        var unknown = UnknownProperties.None.With("x_first", TestPlaybooks.JsonValue("1")).With("x_second", TestPlaybooks.JsonValue("[true]"));

        Assert.Equal(["x_first", "x_second"], unknown.Values.Keys);
        Assert.True(unknown.TryGetValue("x_second", out var value));
        Assert.Equal("[true]", value.GetRawText());
        Assert.Empty(unknown.SourceOrder);
    }

    [Fact]
    public void Without_PresentMember_RemovesOnlyIt()
    {
        var unknown = UnknownProperties.None.With("a", TestPlaybooks.JsonValue("1")).With("b", TestPlaybooks.JsonValue("2"));

        var changed = unknown.Without("a");

        Assert.Equal(["b"], changed.Values.Keys);
        Assert.Equal(2, unknown.Count);
    }

    [Fact]
    public void SourceOrder_SetToDefaultArray_IsEmpty()
    {
        var unknown = UnknownProperties.None with { SourceOrder = default };

        Assert.False(unknown.SourceOrder.IsDefault);
        Assert.Empty(unknown.SourceOrder);
    }
}
