using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class WorkflowDocumentTests
{
    private static T WithDocument<T>(string json, Func<WorkflowDocument?, T> read)
    {
        using var document = TestTape.Parse(json);
        return read(WorkflowDocument.Read(document.Root));
    }

    [Theory]
    [InlineData("""{"workflow": []}""")]
    [InlineData("""{"name": "no workflow"}""")]
    [InlineData("""{"workflow": {}, "workflow": 3}""")]
    public void Read_NoWorkflowObject_ReturnsNull(string json)
    {
        Assert.Null(WithDocument(json, d => d));
    }

    [Fact]
    public void StepJson_PointerPropertiesOfAnyKind_AreRecordedAsPresent()
    {
        var (present, nextStepsLength) = WithDocument(
            """{"workflow": {"p": {"type":"parallel", "on_success": 1, "next_st\u0065ps": ["a"], "cases": null}}}""",
            d => (d!.StepJson(0).Present, d.StepJson(0).NextStepsLength));

        Assert.Equal(PointerProperties.OnSuccess | PointerProperties.NextSteps | PointerProperties.Cases, present);
        Assert.Equal(1, nextStepsLength);
    }

    [Fact]
    public void StepJson_NextStepsNotAnArray_HasNoLength()
    {
        var length = WithDocument("""{"workflow": {"p": {"type":"parallel", "next_steps": ["a", "b"], "next_steps": "a"}}}""",
            d => d!.StepJson(0).NextStepsLength);

        Assert.Equal(-1, length);
    }

    [Fact]
    public void EntryPoints_RepeatedOrEscapedMembers_ReadAsTryGetPropertyWould()
    {
        var (start, exception) = WithDocument(
            """{"workflow_start": "x", "workflow": {}, "workflow_st\u0061rt": "s", "workflow_exception": 5}""",
            d => (d!.EntryPoints.Start.GetString(), d.EntryPoints.Exception.ValueKind));

        Assert.Equal("s", start);
        Assert.Equal(JsonValueKind.Number, exception);
    }

    [Fact]
    public void StepJson_Members_AreTheStepSlotsReadInTheGraphPass()
    {
        var (agent, pointer, notAnObject) = WithDocument(
            """{"workflow": {"s": {"agent": "first", "on_completion": "n", "\u0061gent": "last"}, "n": 4}}""",
            d => (d!.StepJson(0).Members![StepMember.Agent].GetString(), d.StepJson(0).Members![StepMember.Type].ValueKind,
                d.StepJson(1).Members));

        Assert.Equal("last", agent);
        Assert.Equal(JsonValueKind.Undefined, pointer);
        Assert.Null(notAnObject);
    }

    [Theory]
    [InlineData("""{"workflow": {"s": {"type": "start"}}, "workflow_start": "s", "workflow_exception": "x"}""", "s", 0, "x", -1)]
    [InlineData("""{"workflow": {"s": {"type": "start"}}, "workflow_start": 3}""", null, -1, null, -1)]
    public void EntryPoints_AreDecodedAndResolvedToStepNumbers(string json, string? start, int startStep, string? exception,
        int exceptionStep)
    {
        var points = WithDocument(json, d => (d!.Start, d.Exception));

        Assert.Equal(new WorkflowDocument.EntryPoint(start, startStep), points.Start);
        Assert.Equal(new WorkflowDocument.EntryPoint(exception, exceptionStep), points.Exception);
    }

    [Fact]
    public void Branches_ByIdentifierAndByNumber_AreComputedOnce()
    {
        var (byId, byNumber, steps) = WithDocument(
            """{"workflow": {"i": {"type":"if-condition", "on_true":"a", "on_completion":"e"}, "a": {"type":"end"}, "e": {"type":"end"}}}""",
            d => (d!.Branches("i"), d.Branches(0, out var numbers), numbers));

        Assert.True(byId == byNumber); // ImmutableArray's == compares the arrays: the same cached walk
        Assert.Equal([[1]], steps);
        Assert.Equal(["a"], Assert.Single(byId).Steps);
    }
}
