using Argus.Cacao.Validation.Rules.Variables;

namespace Argus.Cacao.Tests.Validation.Variables;

public sealed class VariableUsesTests
{
    [Theory]
    [InlineData("Look up IP __data_exfil_site__:value in SIEM", "__data_exfil_site__")]
    [InlineData("__should.execute.true__:value = yes", "__should.execute.true__")]
    [InlineData("http://__host__:value:8080/x", "__host__")]
    [InlineData("prefix__a__b__:value", "__a__b__")]
    public void In_OneUse_FindsTheDeclaredName(string text, string expected)
    {
        Assert.Equal([expected], VariableUses.In(text));
    }

    [Fact]
    public void In_SeveralUses_FindsEachInOrder()
    {
        Assert.Equal(["__a__", "__b-c__", "__a__"], VariableUses.In("__a__:value __b-c__:value,__a__:value"));
    }

    [Theory]
    [InlineData("no variables here")]
    [InlineData("__1abc__:value")]
    [InlineData("__:value")]
    [InlineData("__name__ without keyword")]
    public void In_NoValidUse_FindsNothing(string text)
    {
        Assert.Empty(VariableUses.In(text));
    }
}
