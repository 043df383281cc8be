using System.Text;
using System.Text.RegularExpressions;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Tests.Primitives;

public sealed class CacaoVariableNameTests
{
    [Theory]
    [InlineData("__a__")]
    [InlineData("__target_ip__")]
    [InlineData("__should.execute.true__")]
    [InlineData("__A-1__")]
    [InlineData("__a___")]
    [InlineData("__a____b__")]
    public void IsValid_DeclaredForm_True(string name)
    {
        Assert.True(CacaoVariableName.IsValid(name));
        Assert.True(CacaoVariableName.IsValid(Encoding.UTF8.GetBytes(name)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("____")]
    [InlineData("__a_")]
    [InlineData("_a__")]
    [InlineData("___a__")]
    [InlineData("__1a__")]
    [InlineData("__a b__")]
    [InlineData("__a__\n")]
    [InlineData("\n__a__")]
    [InlineData("__é__")]
    [InlineData("__aé__")]
    [InlineData("__a__:value")]
    public void IsValid_OtherText_False(string name)
    {
        Assert.False(CacaoVariableName.IsValid(name));
        Assert.False(CacaoVariableName.IsValid(Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void IsValid_LengthLimit_CountsTheUnderscores()
    {
        var longest = "__" + new string('a', CacaoVariableName.MaxLength - 4) + "__";

        Assert.True(CacaoVariableName.IsValid(longest));
        Assert.False(CacaoVariableName.IsValid(longest.Insert(2, "a")));
    }

    [Fact]
    public void IsValid_RandomText_AgreesWithThePatternAnchoredAtTheVeryEnd()
    {
        // The spec's pattern with \z (not $, which would also accept a final line break), as the reference.
        var pattern = new Regex(@"\A__[A-Za-z][A-Za-z0-9_.\-]*__\z", RegexOptions.CultureInvariant);
        const string pool = "_aZ9.-_ \n\u00e9:";
        var random = new Random(1018);
        for (var round = 0; round < 20_000; round++)
        {
            var name = new string([.. Enumerable.Range(0, random.Next(0, 10)).Select(_ => pool[random.Next(pool.Length)])]);
            name = random.Next(3) == 0 ? name : "__" + name;

            var expected = pattern.IsMatch(name);
            Assert.True(expected == CacaoVariableName.IsValid(name), name);
            Assert.True(expected == CacaoVariableName.IsValid(Encoding.UTF8.GetBytes(name)), name);
        }
    }
}
