using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class WorkflowDocumentTests
{
    private static T WithDocument<T>(string json, Func<WorkflowDocument?, T> read)
    {
        using var document = JsonDocument.Parse(json);
        return read(WorkflowDocument.Read(document.RootElement));
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
