using Argus.Cacao.Primitives;
using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Primitives;

public sealed class CacaoIdentifierTests
{
    [Fact]
    public void TryParse_StepIdentifier_SplitsTypeUuidAndVersion()
    {
        var parsed = CacaoIdentifier.TryParse("if-condition--5060d144-9535-4b75-bea5-0b477f7249bf", out var identifier);

        Assert.True(parsed);
        Assert.Equal("if-condition", identifier.ObjectType);
        Assert.Equal(Guid.Parse("5060d144-9535-4b75-bea5-0b477f7249bf"), identifier.Uuid);
        Assert.Equal(4, identifier.UuidVersion);
    }

    [Theory]
    [InlineData("soarca-fin-pong-f896bb3b-bb37-429e-8ece-2d4286cf326d", CacaoIdentifierError.MissingUuid)]
    [InlineData("step--a76dbc32-b739-427b-ae13", CacaoIdentifierError.MissingUuid)]
    [InlineData("", CacaoIdentifierError.MissingUuid)]
    [InlineData("Action--a76dbc32-b739-427b-ae13-4ec703d5797e", CacaoIdentifierError.InvalidObjectType)]
    [InlineData("ab--a76dbc32-b739-427b-ae13-4ec703d5797e", CacaoIdentifierError.InvalidObjectType)]
    [InlineData("action---a76dbc32-b739-427b-ae13-4ec703d5797e", CacaoIdentifierError.InvalidObjectType)]
    [InlineData("action--a76dbc32-b739-427b-ae13-4ec703d5797g", CacaoIdentifierError.InvalidUuid)]
    [InlineData("action--a76dbc32b739-427b-ae13-4ec703d5797e0", CacaoIdentifierError.InvalidUuid)]
    [InlineData("action--a76dbc32-b739-427b-ce13-4ec703d5797e", CacaoIdentifierError.InvalidUuidVariant)]
    [InlineData("action--00000000-0000-0000-0000-000000000000", CacaoIdentifierError.InvalidUuidVariant)]
    [InlineData("action--a76dbc32-b739-027b-ae13-4ec703d5797e", CacaoIdentifierError.InvalidUuidVersion)]
    [InlineData("action--a76dbc32-b739-927b-ae13-4ec703d5797e", CacaoIdentifierError.InvalidUuidVersion)]
    public void TryParse_MalformedIdentifier_SaysWhy(string text, CacaoIdentifierError expected)
    {
        var parsed = CacaoIdentifier.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("action--01890a5d-ac96-774b-bcce-b302099a8057", 7)]
    [InlineData("soarca--00010001-1000-1000-a000-000100010001", 1)]
    [InlineData("playbook--c59f3ff7-2f24-5bd4-a0ed-2fd36ec04b06", 5)]
    [InlineData("ACTION--X", -1)]
    public void TryParse_AnyRfc9562Version_Accepted(string text, int version)
    {
        var parsed = CacaoIdentifier.TryParse(text, out var identifier);

        Assert.Equal(version > 0, parsed);
        if (parsed)
        {
            Assert.Equal(version, identifier.UuidVersion);
        }
    }

    [Fact]
    public void TryParse_UpperCaseHex_HasSameUuidAsLowerCase()
    {
        CacaoIdentifier.TryParse("end--5B982431-6EE0-4273-8CD4-B7A26F13184D", out var upper);
        CacaoIdentifier.TryParse("end--5b982431-6ee0-4273-8cd4-b7a26f13184d", out var lower);

        Assert.Equal(lower.Uuid, upper.Uuid);
    }

    [Fact]
    public void TryParse_RandomGuidWithLowercaseType_RoundTrips()
    {
        var types = Gen.Elements("action", "end", "marking-tlp", "extension-definition", "x-acme-tool");

        Prop.ForAll(types.ToArbitrary(), ArbMap.Default.ArbFor<Guid>(), (type, guid) =>
        {
            var text = $"{type}--{guid}";
            var isRfcUuid = (guid.ToString()[19] is '8' or '9' or 'a' or 'b') && guid.ToString()[14] is >= '1' and <= '8';
            var parsed = CacaoIdentifier.TryParse(text, out var identifier);
            return parsed == isRfcUuid && (!parsed || (identifier.ObjectType == type && identifier.Uuid == guid && identifier.Text == text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
