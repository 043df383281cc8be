using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Serialization;
using Argus.Cacao.Validation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Status;
using Argus.Testing;

namespace Argus.Execution.Tests.Engine;

/// <summary>Every corpus playbook the validator accepts runs to completion under simulation.</summary>
public sealed class CorpusExecutionTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        var folder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "cacao", "corpus"));
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray() : [])
        {
            data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
        {
            data.Add("(corpus absent)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Start_ValidCorpusPlaybook_CompletesUnderSimulationWithValidRecords(string fileName)
    {
        var corpus = RepositoryPaths.RequireShared("cacao", "corpus");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(corpus, fileName), TestContext.Current.CancellationToken);
        if (!new PlaybookValidator().Validate(bytes).IsValid)
        {
            Assert.Skip($"{fileName} is rejected by the validator, so it is not expected to run.");
        }

        // The corpus's verdict table is the reference: a file it rejects is not executable even when the validator
        // (wrongly) accepts it, as with changed-playbook's list-shaped workflow.
        var expected = await File.ReadAllTextAsync(Path.Combine(corpus, "EXPECTED.md"), TestContext.Current.CancellationToken);
        if (expected.Contains($"| {fileName} | reject |", StringComparison.Ordinal))
        {
            Assert.Skip($"{fileName} is marked reject in EXPECTED.md although the validator accepts it (a validator gap).");
        }

        var playbook = Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(bytes)).Playbook;
        // Run at the playbook's creation time, so that a validity window that has since closed does not refuse it.
        var clock = new FixedClock(CacaoTimestamp.TryParse(playbook.ValidFrom ?? playbook.Created, out var at) ? at : DateTimeOffset.UnixEpoch);
        var engine = new ExecutionEngine(
            Argus.Execution.Capabilities.CapabilityRegistry.Empty.WithFallback(new Argus.Execution.Capabilities.Simulation.SimulationCapability()),
            new Argus.Execution.Playbooks.InMemoryPlaybookResolver(await LibraryAsync(corpus)), timeProvider: clock);

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.True(run.Result.Outcome == ExecutionOutcome.Completed, $"{run.Result.Outcome}: {run.Result.Reason}");
        Assert.All(run.Invocations, i => Assert.True(ExecutionStatusNames.IsFinal(i.Record.Status)));
        var records = run.Journal.StatusRecords;
        if (!records.IsEmpty)
        {
            await StatusSchemaOracle.AssertValidAsync(records);
        }
    }

    private static async Task<ImmutableArray<Playbook>> LibraryAsync(string corpus)
    {
        var playbooks = ImmutableArray.CreateBuilder<Playbook>();
        foreach (var file in Directory.GetFiles(corpus, "*.json"))
        {
            if (CacaoReader.Read(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)) is CacaoReadResult.Parsed parsed)
            {
                playbooks.Add(parsed.Playbook);
            }
        }

        return playbooks.ToImmutable();
    }
}
