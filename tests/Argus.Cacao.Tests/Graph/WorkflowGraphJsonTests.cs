using System.Text.Json;
using Argus.Cacao.Graph;

namespace Argus.Cacao.Tests.Graph;

public sealed class WorkflowGraphJsonTests
{
    private static WorkflowGraph Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return WorkflowGraph.FromJson(document.RootElement);
    }

    [Fact]
    public void FromJson_NotAnObject_GivesAnEmptyGraph()
    {
        Assert.Empty(Read("""[{"type":"start"}]""").Nodes);
    }

    [Fact]
    public void FromJson_EveryPointerKind_BecomesAnEdgeInDocumentOrder()
    {
        var graph = Read("""
            {
              "p": {"type":"parallel","next_steps":["a","b"],"on_completion":"sw"},
              "i": {"type":"if-condition","on_true":"a","on_false":"b","on_success":"x","on_failure":"y"},
              "sw": {"type":"switch-condition","cases":{"1":"a","default":"b"}}
            }
            """);

        Assert.Equal(
            [WorkflowEdgeKind.OnCompletion, WorkflowEdgeKind.NextStep, WorkflowEdgeKind.NextStep],
            graph.Find("p")!.Edges.Select(e => e.Kind));
        Assert.Equal(
            [WorkflowEdgeKind.OnSuccess, WorkflowEdgeKind.OnFailure, WorkflowEdgeKind.OnTrue, WorkflowEdgeKind.OnFalse],
            graph.Find("i")!.Edges.Select(e => e.Kind));
        Assert.Equal(["1", "default"], graph.Find("sw")!.Edges.Select(e => e.CaseKey));
    }

    [Fact]
    public void FromJson_MalformedEntries_AreToleratedAndSkipped()
    {
        var graph = Read("""
            {
              "a": 42,
              "b": {"on_completion": 7, "next_steps": "c"},
              "c": {"type":"parallel","next_steps":[1,"a",null]},
              "d": {"type":"action","on_true":"a","on_completion":"c"}
            }
            """);

        Assert.Equal(["a", "b", "c", "d"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(string.Empty, graph.Find("a")!.Type);
        Assert.Empty(graph.Find("b")!.Edges);
        Assert.Equal(1, Assert.Single(graph.Find("c")!.Edges).Index);
        Assert.Equal(WorkflowEdgeKind.OnCompletion, Assert.Single(graph.Find("d")!.Edges).Kind);
    }

    [Fact]
    public void FromJson_PointerNamesALaterStep_ResolvesIt()
    {
        var graph = Read("""{"s": {"type":"start","on_completion":"e"}, "e": {"type":"end"}}""");

        Assert.Equal(["e"], graph.Successors("s"));
        Assert.Empty(graph.DanglingEdges());
    }

    [Fact]
    public void FromJson_EscapedNamesAndValues_ReadAsTheirText()
    {
        var graph = Read("""
            {
              "s": {"typ\u0065": "st\u0061rt", "on_\u0063ompletion": "\u0061"},
              "a": {"type": "action", "on_completion": "e\u0301"},
              "b": {"type": "action", "on_completion": "é"},
              "e\u0301": {"type": "end"}
            }
            """);

        Assert.Equal(WorkflowStepTypes.Start, graph.Find("s")!.Type);
        Assert.Equal(["a"], graph.Successors("s"));
        Assert.Equal(["e\u0301"], graph.Successors("a"));
        Assert.Equal(["e\u0301"], graph.Successors("b"));
        Assert.Empty(graph.DanglingEdges());
    }

    [Fact]
    public void FromJson_RepeatedMembersOfAStep_TheLastOneCounts()
    {
        var graph = Read("""
            {
              "s": {"type":"end", "on_completion":"x", "type":"start", "on_completion":"e", "on_completion":7},
              "w": {"type":"while-condition", "on_true":"e", "on_true":"s"},
              "e": {"type":"end"}
            }
            """);

        Assert.Equal(WorkflowStepTypes.Start, graph.Find("s")!.Type);
        Assert.Empty(graph.Find("s")!.Edges); // the last on_completion is a number: no edge
        Assert.Equal("s", Assert.Single(graph.Find("w")!.Edges).Target);
    }

    [Fact]
    public void FromJson_RepeatedStepKey_KeepsTheFirstValue()
    {
        var graph = Read("""{"s": {"type":"start","on_completion":"e"}, "e": {"type":"end"}, "s": {"type":"action"}}""");

        Assert.Equal(["s", "e"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(WorkflowStepTypes.Start, graph.Find("s")!.Type);
    }

    [Fact]
    public void FromJson_PointerToAMissingStep_IsADanglingEdgeWithItsText()
    {
        var graph = Read("""{"p": {"type":"parallel","next_steps":["e","gh\u006fst"]}, "e": {"type":"end"}}""");

        var dangling = Assert.Single(graph.DanglingEdges());

        Assert.Equal(("p", "ghost", 1), (dangling.StepId, dangling.Edge.Target, dangling.Edge.Index));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public void FromJson_StepIdentifierThatDoesNotDecode_ThrowsAsReadingTheElementDoes(byte[] undecodable)
    {
        byte[] json = [.. "{\"s"u8, .. undecodable, .. "\": {\"type\":\"end\"}}"u8];
        using var document = JsonDocument.Parse(json);

        Assert.Throws<InvalidOperationException>(() => document.RootElement.EnumerateObject().First().Name);
        Assert.Throws<InvalidOperationException>(() => WorkflowGraph.FromJson(document.RootElement));
    }
}
