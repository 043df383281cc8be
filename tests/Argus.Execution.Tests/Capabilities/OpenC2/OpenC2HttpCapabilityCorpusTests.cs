using Argus.Cacao.Serialization;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.OpenC2.Language;
using Argus.Testing;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>A published playbook with an OpenC2 step, sent to the sandbox actuator.</summary>
public sealed class OpenC2HttpCapabilityCorpusTests
{
    [Fact]
    public async Task ExecuteAsync_SoarcaOpenC2Example_TargetResolvedByNameAndDenyRuleStored()
    {
        var corpus = RepositoryPaths.RequireShared("cacao", "corpus");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(corpus, "COSSAS_SOARCA__examples_openc2-playbook.json"),
            TestContext.Current.CancellationToken);
        var playbook = Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(bytes)).Playbook;
        // Its target is an http-api named "httpbin" at httpbin.org; the organisation configured the simulator under
        // that name, so the command goes to the simulator and never to the address in the playbook.
        await using var bed = await OpenC2TestBed.StartAsync(name: "httpbin");

        var run = await bed.RunAsync(playbook);

        Assert.True(run.Result.Outcome == ExecutionOutcome.Completed, $"{run.Result.Outcome}: {run.Result.Reason}");
        var record = Assert.Single(run.Journal.StatusRecords);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, record.Status);
        var rule = Assert.Single(bed.Simulator.Rules.Snapshot());
        Assert.Equal(OpenC2Action.Deny, rule.Action);
        Assert.Equal("1.2.3.4", Assert.IsType<OpenC2Target.Ipv4Connection>(rule.Target).Value.SrcAddr);
        Assert.True(System.Text.Json.JsonElement.DeepEquals(bed.ReceivedCommand(0), OpenC2HttpCapabilityTests.Recorded(record)));
        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertValidAsync(run.Journal.StatusRecords);
    }
}
