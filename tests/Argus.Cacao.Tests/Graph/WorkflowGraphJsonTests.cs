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
}
