using System.Runtime.InteropServices;
using System.Text.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Graph;

public sealed partial class WorkflowGraph
{
    /// <summary>Reads the graph of a playbook's <c>workflow</c> dictionary.</summary>
    /// <param name="workflow">The value of the playbook's <c>workflow</c> property.</param>
    /// <returns>The graph; empty when <paramref name="workflow"/> is not a JSON object.</returns>
    /// <remarks>
    /// Tolerates malformed input, which the validator reports elsewhere: a step that is not an object becomes a
    /// node without type or edges, a pointer that is not a string is ignored, a repeated step key keeps its first
    /// value. Pointers are read only where the step type allows them (a stray <c>on_true</c> on an action step is
    /// not an edge); steps of an unknown type keep every pointer. A step identifier, type or pointer whose text does not
    /// decode (bytes that are not UTF-8, an escaped lone surrogate) throws <see cref="InvalidOperationException"/>, as
    /// reading it from <paramref name="workflow"/> does.
    /// </remarks>
    public static WorkflowGraph FromJson(JsonElement workflow)
    {
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        // The reader reads a tape, the validator's form of a document: the object's text is parsed again as one.
        using var tape = JsonTape.TryParse(JsonMarshal.GetRawUtf8Value(workflow).ToArray(), int.MaxValue);
        return tape is null ? Empty : WorkflowJsonReader.Read(tape.Root, steps: null);
    }
}
