using System.Text;
using System.Text.Json;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Markings;
using Argus.Cacao.Serialization;
using static Argus.Cacao.Tests.Model.TestPlaybooks;

namespace Argus.Cacao.Tests.Serialization;

public sealed class CacaoWriterTests
{
    [Fact]
    public void Write_PlaybookBuiltInCode_UsesSchemaMemberOrder()
    {
        var text = WriteText(Minimal());

        Assert.StartsWith(
            """{"type":"playbook","spec_version":"cacao-2.0","id":"playbook--00000000-0000-4000-8000-000000000000","name":"Minimal","created_by":""",
            text, StringComparison.Ordinal);
        Assert.Contains(
            """{"type":"action","name":"Ask","commands":[{"type":"manual","command":"Check the firewall"}],"agent":"individual--44444444-4444-4444-8444-444444444444","on_completion":"end--33333333-3333-4333-8333-333333333333"}""",
            text, StringComparison.Ordinal);
        Assert.DoesNotContain("null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PropertyChangedAfterRead_StaysAtItsSourcePosition()
    {
        var playbook = Read("""{"name":"a","x_first":1,"type":"playbook","id":"playbook--1"}""");

        var text = WriteText(playbook with { Name = "b" });

        Assert.Equal("""{"name":"b","x_first":1,"type":"playbook","id":"playbook--1"}""", text);
    }

    [Fact]
    public void Write_PropertyAddedAfterRead_FollowsTheSourceMembers()
    {
        var playbook = Read("""{"name":"a","id":"playbook--1"}""");

        var text = WriteText(playbook with { Description = "d", Type = "playbook" });

        Assert.Equal("""{"name":"a","id":"playbook--1","type":"playbook","description":"d"}""", text);
    }

    [Fact]
    public void Write_PropertyClearedAfterRead_IsOmitted()
    {
        var playbook = Read("""{"name":"a","description":"d","id":"playbook--1"}""");

        var text = WriteText(playbook with { Description = null });

        Assert.Equal("""{"name":"a","id":"playbook--1"}""", text);
    }

    [Fact]
    public void Write_ModelPropertySetWhereRawMemberOfSameNameWasKept_WritesTheModelValue()
    {
        var playbook = Read("""{"priority":"high","id":"playbook--1"}""");

        var text = WriteText(playbook with { Priority = 1 });

        Assert.Equal("""{"priority":1,"id":"playbook--1"}""", text);
    }

    [Fact]
    public void Write_UnknownMemberAddedInCode_IsAppended()
    {
        var playbook = Minimal() with { Unknown = UnknownProperties.None.With("x_acme", JsonValue("""{"k":[1]}""")) };

        var text = WriteText(playbook);

        Assert.EndsWith(""","x_acme":{"k":[1]}}""", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NonAsciiPlusAndAngleBrackets_AreNotEscaped()
    {
        var playbook = new Playbook
        {
            Name = "Réponse <incident> & co",
            DataMarkingDefinitions = new OrderedMap<DataMarking>(
                [KeyValuePair.Create<string, DataMarking>("marking-tlp--1", new MarkingTlp { Tlpv2Level = TlpLevels.AmberStrict })]),
        };

        var text = WriteText(playbook);

        Assert.Equal(
            """{"name":"Réponse <incident> & co","data_marking_definitions":{"marking-tlp--1":{"type":"marking-tlp","tlpv2_level":"TLP:AMBER+STRICT"}}}""",
            text);
    }

    [Fact]
    public void WriteIndented_AnyPlaybook_HasSameCanonicalFormAsCompact()
    {
        var playbook = Minimal();

        var indented = CacaoWriter.WriteIndented(playbook);

        Assert.Contains("\n  \"spec_version\"", Encoding.UTF8.GetString(indented), StringComparison.Ordinal);
        var reread = Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(indented)).Playbook;
        Assert.Equal(CacaoWriter.WriteCanonical(playbook), CacaoWriter.WriteCanonical(reread));
    }

    [Fact]
    public void Write_ToUtf8JsonWriter_WritesTheSameBytesAsWrite()
    {
        var playbook = Minimal();
        using var buffer = new MemoryStream();

        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CacaoWriter.Write(playbook, writer);
        }

        Assert.Equal(CacaoWriter.Write(playbook), buffer.ToArray());
    }

    [Fact]
    public void WriteCanonical_Playbook_SortsMembersAndDropsWhitespace()
    {
        var playbook = Read("""{ "name" : "n", "id" : "playbook--1", "priority" : 1.0E1 }""");

        var canonical = Encoding.UTF8.GetString(CacaoWriter.WriteCanonical(playbook));

        Assert.Equal("""{"id":"playbook--1","name":"n","priority":10}""", canonical);
    }

    [Fact]
    public void WriteCanonical_RawNumberOutsideDoubleRange_ThrowsArgumentException()
    {
        var playbook = Read("""{"priority":1e400}""");

        Assert.Throws<ArgumentException>(() => CacaoWriter.WriteCanonical(playbook));
    }

    [Fact]
    public void Write_RawMemberWithLoneSurrogateName_WritesItBack()
    {
        using var document = JsonDocument.Parse("""{"workflow":{"end--1":{"type":"end","\udc00":1}}}""");
        var playbook = Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(document.RootElement)).Playbook;

        var text = WriteText(playbook);

        Assert.Equal("""{"workflow":{"end--1":{"type":"end","\udc00":1}}}""", text);
    }

    [Fact]
    public void Write_RawStringWithLoneSurrogate_WritesItBack()
    {
        var playbook = Read("""{"name":"a\ud800b","x":["\udc00"]}""");

        var text = WriteText(playbook);

        Assert.Equal("""{"name":"a\ud800b","x":["\udc00"]}""", text);
    }

    [Fact]
    public void Write_ListSetToDefaultImmutableArray_WritesEmptyList()
    {
        var playbook = new Playbook { Labels = default(System.Collections.Immutable.ImmutableArray<string>) };

        var text = WriteText(playbook);

        Assert.Equal("""{"labels":[]}""", text);
    }
}
