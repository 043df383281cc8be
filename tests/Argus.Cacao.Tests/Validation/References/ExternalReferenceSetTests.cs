using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
using Argus.Cacao.Validation.Rules.References;

namespace Argus.Cacao.Tests.Validation.References;

public sealed class ExternalReferenceSetTests
{
    private const string Playbook = """
        [
          {"name": "ATT&CK T1059", "url": "https://attack.mitre.org/techniques/T1059/"},
          {"name": "caf\u00e9", "source": "wiki"},
          {"name": "count", "external_id": 7},
          "not an object"
        ]
        """;

    [Theory]
    [InlineData("""{"name": "ATT&CK T1059", "url": "https://attack.mitre.org/techniques/T1059/"}""")]
    [InlineData("""{ "url" : "https://attack.mitre.org/techniques/T1059/",   "name":"ATT&CK T1059" }""")]
    [InlineData("""{"name": "ATT&CK T1059", "url": "https:\/\/attack.mitre.org\/techniques\/T1059\/"}""")]
    [InlineData("""{"source": "wiki", "name": "café"}""")]
    [InlineData("""{"name": "count", "external_id": "7"}""")]
    public void Contains_EqualReferenceInAnyOrderSpacingOrEscaping_IsTrue(string reference)
    {
        var set = SetOf(Playbook);

        Assert.True(set.Contains(Parse(reference)));
    }

    [Theory]
    [InlineData("""{"name": "ATT&CK T1059"}""")]
    [InlineData("""{"name": "ATT&CK T1059", "url": "https://attack.mitre.org/techniques/T1059/", "source": "x"}""")]
    [InlineData("""{"name": "ATT&CK T1059", "url": "https://attack.mitre.org/techniques/T1058/"}""")]
    [InlineData("""{"name": "cafe", "source": "wiki"}""")]
    [InlineData("""{"name": "count", "external_id": 8}""")]
    [InlineData("""{"name": "count", "name": "count", "external_id": 7}""")]
    public void Contains_DifferentReference_IsFalse(string reference)
    {
        var set = SetOf(Playbook);

        Assert.False(set.Contains(Parse(reference)));
    }

    [Fact]
    public void Contains_NoPlaybookReferences_IsFalse()
    {
        var set = SetOf("""{"not": "a list"}""");

        Assert.False(set.Contains(Parse("""{"name": "x"}""")));
    }

    [Fact]
    public void Contains_RepeatedNamesInTheSameOrder_IsTrue()
    {
        var set = SetOf("""[{"name": "a", "name": "b"}]""");

        Assert.True(set.Contains(Parse("""{"name": "a", "name": "b"}""")));
        Assert.False(set.Contains(Parse("""{"name": "b", "name": "a"}""")));
    }

    private static ExternalReferenceSet SetOf(string json) => new(Parse(json));

    // The tape is left to the collector: the values must outlive this method.
    private static TapeValue Parse(string json) => TestTape.Parse(json).Root;
}
