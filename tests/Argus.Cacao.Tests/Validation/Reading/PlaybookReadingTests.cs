using System.Collections.Immutable;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Validation.Rules.Graph;
using Argus.Cacao.Validation.Rules.Structure;

namespace Argus.Cacao.Tests.Validation.Reading;

public sealed class PlaybookReadingTests
{
    private static T WithReading<T>(string json, Func<PlaybookReading, T> read)
    {
        using var document = TestTape.Parse(json);
        var root = document.Root;
        return read(new PlaybookReading(root, () => WorkflowDocument.Read(root)));
    }

    [Fact]
    public void Steps_RepeatedKeysAndNonObjectSteps_ListTheFirstObjectOfEachKeyInOrder()
    {
        var steps = WithReading("""{"workflow": {"a": {"type":"end"}, "b": 4, "c": {"type":"end"}, "a": {"type":"start"}}}""",
            r => r.Steps.Select(s => (s.Key, s[StepMember.Type].GetString(), s.Path.ToString())).ToList());

        Assert.Equal([("a", "end", "/workflow/a"), ("c", "end", "/workflow/c")], steps);
    }

    [Fact]
    public void Steps_NoWorkflowObject_AreEmpty()
    {
        Assert.Empty(WithReading("""{"workflow": ["not", "an", "object"]}""", r => r.Steps.ToList()));
    }

    [Fact]
    public void Members_RepeatedOrEscapedNames_ReadAsTryGetPropertyWould()
    {
        var (agent, type) = WithReading(
            """{"workflow": {"s": {"agent": "first", "\u0061gent": "last", "t\u0079pe": "action"}}}""",
            r => (r.Steps[0].TryGetString(StepMember.Agent, out var a) ? a : null, r.Steps[0][StepMember.Type].GetString()));

        Assert.Equal("last", agent);
        Assert.Equal("action", type);
    }

    [Fact]
    public void Definitions_Keys_AreDecodedWhenAsked()
    {
        var keys = WithReading("""{"agent_definitions": {"\u0061b": {"type": "x"}, "c": 1, "d": {}}}""",
            r => r.Definitions(PlaybookMember.AgentDefinitions).Select(d => (d.Key, d.Path.ToString())).ToList());

        Assert.Equal([("ab", "/agent_definitions/ab"), ("d", "/agent_definitions/d")], keys);
    }

    [Fact]
    public void Members_WrongKind_AreSkippedByTheTypedAccessors()
    {
        var (isString, isArray, has) = WithReading("""{"workflow": {"s": {"agent": 3, "targets": {}}}}""",
            r => (r.Steps[0].TryGetString(StepMember.Agent, out _), r.Steps[0].TryGetArray(StepMember.Targets, out _),
                r.Steps[0].Has(StepMember.Targets)));

        Assert.False(isString);
        Assert.False(isArray);
        Assert.True(has);
    }

    [Theory]
    [InlineData("""{}""", 0)]
    [InlineData("""{"agent_definitions": {"a": {}, "b": 1, "a": {}}}""", 2)]
    public void Keys_AbsentOrObjectDictionary_AreItsDistinctKeys(string json, int count)
    {
        Assert.Equal(count, WithReading(json, r => r.Keys(PlaybookMember.AgentDefinitions)!.Count));
    }

    [Fact]
    public void Keys_DictionaryOfTheWrongKind_IsNull()
    {
        Assert.Null(WithReading("""{"agent_definitions": []}""", r => r.Keys(PlaybookMember.AgentDefinitions)));
    }

    [Fact]
    public void Definitions_ObjectEntries_IncludeRepeatedKeysInDocumentOrder()
    {
        var definitions = WithReading("""{"target_definitions": {"a": {"type": "x"}, "b": 1, "a": {"type": "y"}}}""",
            r => r.Definitions(PlaybookMember.TargetDefinitions).Select(d => (d.Key, d[DefinitionMember.Type].GetString(), d.Path.ToString())).ToList());

        Assert.Equal([("a", "x", "/target_definitions/a"), ("a", "y", "/target_definitions/a")], definitions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Playbook_MembersHandedOverByThePlaybookShape_AreTheOnesTheReadingReadsItself(bool repeatsMemberNames)
    {
        // Every slot's name once (a distinct value each), one repeated, one escaped, and properties no slot names.
        var names = Enumerable.Range(0, PlaybookMember.Slots.Count).Select(PlaybookMember.NameOf).ToList();
        var members = names.Select((name, i) => $"\"{name}\": {i}").Append("\"name\": \"x\"").Append("\"workflow\": 99");
        var json = "{" + string.Join(", ", members).Replace("\"markings\"", "\"m\\u0061rkings\"", StringComparison.Ordinal) + "}";
        using var document = TestTape.Parse(json);
        var root = document.Root;
        var context = new ValidationContext(root, ValidationOptions.Default, ImmutableArray.CreateBuilder<ValidationIssue>(),
            repeatsMemberNames);

        new PlaybookRule().Check(context);

        var own = new PlaybookReading(root, () => null).Playbook;
        var handedOver = context.Reading.Playbook;
        Assert.All(Enumerable.Range(0, names.Count), slot =>
            Assert.Equal(own[slot].GetRawText(), handedOver[slot].GetRawText()));
        Assert.Equal("99", handedOver[PlaybookMember.Workflow].GetRawText());
        Assert.Equal(names.IndexOf("markings").ToString(System.Globalization.CultureInfo.InvariantCulture),
            handedOver[PlaybookMember.Markings].GetRawText());
    }
}
