using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Cacao.Json;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Argus.Cacao.Tests.Model.TestPlaybooks;

namespace Argus.Cacao.Tests.Serialization;

public sealed class RoundTripProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void ReadAfterWrite_GeneratedPlaybook_HasTheSameCanonicalForm(Playbook playbook)
    {
        var written = CacaoWriter.Write(playbook);

        var reread = Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(written)).Playbook;

        Assert.Equal(Canonical(written), Canonical(CacaoWriter.Write(reread)));
        AssertCustomMembersKept(playbook, reread);
        foreach (var (id, step) in playbook.Workflow ?? OrderedMap<WorkflowStep>.Empty)
        {
            AssertCustomMembersKept(step, Present(reread.Workflow)[id]);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void WriteAfterRead_RandomObjectUnderModelMemberNames_IsReadAndJsonEqual(JsonObject document)
    {
        var input = Encoding.UTF8.GetBytes(document.ToJsonString());

        var result = CacaoReader.Read(input);

        var playbook = Assert.IsType<CacaoReadResult.Parsed>(result).Playbook;
        var output = CacaoWriter.Write(playbook);
        Assert.Equal(Canonical(input), Canonical(output));
    }

    [Fact]
    public void Generators_ManySamples_CoverEveryStepCommandAgentAuthenticationAndMarkingType()
    {
        var stepTypes = Gen.Sample(StepGenerators.Step, 500).Select(s => s.Type ?? "(none)").ToHashSet();
        var commandTypes = Gen.Sample(PlaybookGenerators.Command, 500).Select(c => c.Type).ToHashSet();
        var agentTypes = Gen.Sample(PlaybookGenerators.AgentTarget, 500).Select(a => a.Type).ToHashSet();
        var authTypes = Gen.Sample(PlaybookGenerators.AuthenticationInfo, 300).Select(a => a.Type).ToHashSet();
        var markings = Gen.Sample(PlaybookGenerators.Marking, 300).Select(m => m.GetType().Name).ToHashSet();
        var playbooks = Gen.Sample(PlaybookGenerators.Playbook, 200);

        Assert.Equal(
            ["(none)", "action", "end", "if-condition", "loop", "manual-gate", "parallel", "playbook-action", "start",
             "switch-condition", "while-condition"],
            stepTypes.Order(StringComparer.Ordinal));
        Assert.Equal(16, commandTypes.Count); // the 12 of CS01 and 4 custom ones
        Assert.Contains("pong", commandTypes);
        Assert.Equal(12, agentTypes.Count);
        Assert.Equal(5, authTypes.Count);
        Assert.Equal(["MarkingIep", "MarkingStatement", "MarkingTlp", "UnknownMarking"], markings.Order(StringComparer.Ordinal));
        Assert.Contains(playbooks, p => p.PlaybookVariables?.Values.Any(v => v.Value is { ValueKind: JsonValueKind.Object }) == true);
        Assert.Contains(playbooks, p => p.Signatures?.Any(s => s.Countersignature is not null) == true);
        Assert.Contains(playbooks, p => p.Workflow?.Values.Any(s => s.StepExtensions?.Count > 0) == true);
        Assert.Contains(playbooks, p => p.Unknown.Count > 0);
    }

    // Members no model object knows must come back unchanged, so a writer that dropped them is caught here and not
    // only by comparing two of its own outputs.
    private static void AssertCustomMembersKept(CacaoObject original, CacaoObject reread)
    {
        foreach (var (name, value) in original.Unknown.Values)
        {
            if (name is "x_acme" or "x-custom" or "output_variable" or "step_uuid")
            {
                Assert.True(reread.Unknown.TryGetValue(name, out var kept), $"'{name}' was lost.");
                Assert.Equal(Canonical(value), Canonical(kept));
            }
        }
    }

    private static string Canonical(JsonElement json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    private static string Canonical(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement));
    }

    /// <summary>The FsCheck arbitraries of these properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Playbook> Playbook() => Arb.From(PlaybookGenerators.Playbook);

        public static Arbitrary<JsonObject> Document() => Arb.From(ShapedJsonGenerators.Document);
    }
}
