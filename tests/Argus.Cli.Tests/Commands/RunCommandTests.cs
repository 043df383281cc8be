using System.Text.Json;

namespace Argus.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_ValidPlaybookSimulated_ExitsZeroAndWritesStatusRecords()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", TestPlaybooks.Valid());
        var statusFile = Path.Combine(folder.Path, "status.json");

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--status-out", statusFile);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(statusFile, TestContext.Current.CancellationToken));
        var record = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("execution-status", record.GetProperty("type").GetString());
        Assert.Equal("successfully_executed", record.GetProperty("status").GetString());
        Assert.Equal("playbook--8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a", record.GetProperty("workflow_id").GetString());
        Assert.Contains("Completed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VariableMakesConditionFalse_BranchSkippedAndNoRecords()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", TestPlaybooks.Valid());
        var statusFile = Path.Combine(folder.Path, "status.json");

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--var", "flag=no", "--status-out", statusFile);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(statusFile, TestContext.Current.CancellationToken));
        Assert.Equal(0, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Run_InvalidPlaybook_ExitsOneWithTheIssues()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", TestPlaybooks.Invalid());

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a valid playbook", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ManualStepWithoutTerminal_ExitsOneNamingTheStep()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", TestPlaybooks.Valid());

        var run = await CliRun.InvokeAsync("run", playbook);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("manual command needs an operator", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFile_ExitsTwo()
    {
        using var folder = new TempFolder();

        var run = await CliRun.InvokeAsync("run", Path.Combine(folder.Path, "absent.json"), "--simulate");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Run_MalformedVariable_ExitsTwo()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", TestPlaybooks.Valid());

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--var", "novalue");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Run_StatusOutInMissingFolder_ExitsTwo()
    {
        using var folder = new TempFolder();
        var playbook = folder.Write("playbook.json", TestPlaybooks.Valid());

        var run = await CliRun.InvokeAsync("run", playbook, "--simulate", "--status-out", Path.Combine(folder.Path, "no", "such", "status.json"));

        Assert.Equal(2, run.ExitCode);
    }
}
