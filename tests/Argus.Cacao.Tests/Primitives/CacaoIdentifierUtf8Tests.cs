using System.Text;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Tests.Primitives;

/// <summary>The validator's in-place UTF-8 reading of identifiers agrees with the text parser on every verdict.</summary>
public sealed class CacaoIdentifierUtf8Tests
{
    private const string Valid = "if-condition--5060d144-9535-4b75-bea5-0b477f7249bf";

    // Every position of a valid identifier replaced by characters of every class the grammar distinguishes.
    public static TheoryData<string> SingleCharacterMutants()
    {
        var mutants = new TheoryData<string>();
        foreach (var replacement in "-aAfFgz09_ é\u00ff")
        {
            for (var i = 0; i < Valid.Length; i++)
            {
                mutants.Add(string.Concat(Valid.AsSpan(0, i), replacement.ToString(), Valid.AsSpan(i + 1)));
            }
        }

        return mutants;
    }

    [Theory]
    [MemberData(nameof(SingleCharacterMutants))]
    [InlineData(Valid)]
    [InlineData("")]
    [InlineData("ab--5060d144-9535-4b75-bea5-0b477f7249bf")]
    [InlineData("action---5060d144-9535-4b75-bea5-0b477f7249bf")]
    [InlineData("action--5060D144-9535-4B75-BEA5-0B477F7249BF")]
    [InlineData("action--5060d1449535-4b75-bea5-0b477f7249bf-")]
    [InlineData("action--00000000-0000-0000-0000-000000000000")]
    public void IsWellFormedUtf8_AnyText_AgreesWithCheck(string text)
    {
        var expected = CacaoIdentifier.Check(text, out var expectedTypeLength) == CacaoIdentifierError.None;

        var actual = CacaoIdentifier.IsWellFormedUtf8(Encoding.UTF8.GetBytes(text), out var typeLength, out var version);

        Assert.Equal(expected, actual);
        if (expected)
        {
            Assert.Equal(expectedTypeLength, typeLength);
            Assert.Equal(CacaoIdentifier.VersionOf(text), version);
        }
    }

    [Theory]
    [InlineData(Valid)]
    [InlineData("action--5060D144-9535-4B75-BEA5-0B477F7249BF")]
    [InlineData("playbook--ffffffff-ffff-8fff-bfff-ffffffffffff")]
    public void UuidBitsOf_WellFormedIdentifier_EqualsTheGuidBitsWhateverTheCase(string text)
    {
        var guid = Guid.ParseExact(text[^36..], "D");
        var expected = UInt128.Parse(guid.ToString("N"), System.Globalization.NumberStyles.HexNumber);

        Assert.Equal(expected, CacaoIdentifier.UuidBitsOf(Encoding.UTF8.GetBytes(text)));
    }
}
