using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;
using Argus.Cacao.Validation;
using Argus.Cli.Running;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Playbooks;
using Argus.Execution.Status;
using Argus.OpenC2.Transfer;

namespace Argus.Cli.Commands;

/// <summary>
/// <c>argus run PLAYBOOK.json [--var name=value…] [--simulate] [--status-out FILE] [--actuators FILE]</c>: runs a
/// playbook locally; openc2-http steps reach the actuators of the <c>--actuators</c> file (<see cref="ActuatorFile"/>).
/// </summary>
/// <remarks>Exit codes: 0 the playbook completed, 1 it failed (or was invalid, refused, not runnable), 2 usage or I/O error.</remarks>
internal static class RunCommand
{
    public static Command Create()
    {
        var playbookPath = new Argument<string>("PLAYBOOK") { Description = "The playbook file to run." };
        var variables = new Option<string[]>("--var")
        {
            Description = "Set a playbook variable: name=value (name with or without the __ markers). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var simulate = new Option<bool>("--simulate")
        {
            Description = "Exercise run: every command, manual ones included, is recorded and reported successful.",
        };
        var statusOut = new Option<string?>("--status-out") { Description = "Write the execution-status records as a JSON array to FILE." };
        var actuators = new Option<string?>("--actuators")
        {
            Description = "JSON file of the OpenC2 actuators openc2-http steps may reach (with --simulate: sandbox ones only).",
        };
        var command = new Command("run", "Run a CACAO playbook locally and report each step.")
        {
            playbookPath,
            variables,
            simulate,
            statusOut,
            actuators,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult,
            new RunSettings(parseResult.GetValue(playbookPath) ?? "", parseResult.GetValue(variables) ?? [],
                parseResult.GetValue(simulate), parseResult.GetValue(statusOut), parseResult.GetValue(actuators)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, RunSettings settings, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (!TryParseVariables(settings.Variables, out var values, out var badVariable))
        {
            await error.WriteLineAsync($"argus run: --var '{badVariable}' is not name=value.").ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(settings.PlaybookPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync($"argus run: cannot read {settings.PlaybookPath}: {ex.Message}").ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }

        var report = new PlaybookValidator().Validate(bytes);
        if (!report.IsValid || CacaoReader.Read(bytes) is not CacaoReadResult.Parsed { Playbook: var playbook })
        {
            await error.WriteLineAsync($"argus run: {settings.PlaybookPath} is not a valid playbook:").ConfigureAwait(false);
            foreach (var issue in report.Issues.Where(i => i.Severity == IssueSeverity.Error))
            {
                await error.WriteLineAsync($"  {issue.Path}: {issue.Code}: {issue.Message}").ConfigureAwait(false);
            }

            return ArgusCommandLine.Failure;
        }

        var configured = ImmutableArray<ConfiguredActuator>.Empty;
        if (settings.ActuatorsPath is { } actuatorsPath)
        {
            switch (await ActuatorFile.ReadAsync(actuatorsPath, Environment.GetEnvironmentVariable, cancellationToken).ConfigureAwait(false))
            {
                case ActuatorFileRead.Rejected rejected:
                    await error.WriteLineAsync($"argus run: --actuators {rejected.Reason}").ConfigureAwait(false);
                    return ArgusCommandLine.UsageOrIoError;
                case ActuatorFileRead.Loaded loaded:
                    configured = loaded.Actuators;
                    break;
            }
        }

        var interactive = !Console.IsInputRedirected && ReferenceEquals(output, Console.Out);
        var capabilities = settings.Simulate
            ? CapabilityRegistry.Empty.WithFallback(new SimulationCapability())
            : CapabilityRegistry.Empty.With(new ManualCapability());
        using var clients = new OpenC2ClientCache();
        if (settings.ActuatorsPath is not null)
        {
            // openc2-http steps go to the configured actuators; in an exercise run (--simulate) to sandbox ones only.
            capabilities = OpenC2HttpCapability.Register(capabilities,
                ConfiguredActuatorDirectory.Empty.With(ActuatorFile.Organisation, configured), clients);
        }

        var engine = new ExecutionEngine(capabilities, new InMemoryPlaybookResolver([playbook]));
        if (await CannotRunAsync(engine, playbook, settings.Simulate, interactive, error).ConfigureAwait(false))
        {
            return ArgusCommandLine.Failure;
        }

        var journal = new InMemoryExecutionJournal();
        var display = new StepDisplay(output, journal, interactive);
        var handle = engine.Start(playbook, new ExecutionRequest
        {
            Observer = display,
            Variables = values,
            Mode = settings.Simulate ? ExecutionMode.Exercise : ExecutionMode.Live,
            Organisation = settings.ActuatorsPath is null ? null : ActuatorFile.Organisation,
        });
        display.Attach(handle);
        var hasManualSteps = !settings.Simulate && (playbook.Workflow ?? OrderedMap<WorkflowStep>.Empty).Values
            .Any(s => s is ActionStep { Commands: { } commands } && commands.Any(c => c.Type == "manual"));
        ExecutionResult result;
        using (cancellationToken.Register(handle.Cancel))
        {
            result = await display.WaitAsync(handle, hasManualSteps).ConfigureAwait(false);
        }

        await display.FinishAsync(result).ConfigureAwait(false);
        if (settings.StatusOut is { } statusFile && !await WriteStatusAsync(statusFile, journal, error).ConfigureAwait(false))
        {
            return ArgusCommandLine.UsageOrIoError;
        }

        return result.Outcome == ExecutionOutcome.Completed ? ArgusCommandLine.Success : ArgusCommandLine.Failure;
    }

    /// <summary>Reports, before starting, every step that could not run here; true when there is any.</summary>
    private static async Task<bool> CannotRunAsync(
        ExecutionEngine engine, Playbook playbook, bool simulate, bool interactive, TextWriter error)
    {
        var problems = engine.Preflight(playbook).Select(i => $"step {i.StepId}: {i.Message}").ToList();
        if (!simulate && !interactive)
        {
            problems.AddRange((playbook.Workflow ?? OrderedMap<WorkflowStep>.Empty)
                .Where(e => e.Value is ActionStep { Commands: { } commands } && commands.Any(c => c.Type == "manual"))
                .Select(e => $"step {e.Key}: a manual command needs an operator, but standard input is not a terminal (use --simulate for an exercise run)."));
        }

        if (engine.RefusalReason(playbook) is { } refusal)
        {
            problems.Add(refusal);
        }

        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"argus run: {problem}").ConfigureAwait(false);
        }

        return problems.Count > 0;
    }

    private static async Task<bool> WriteStatusAsync(string statusFile, InMemoryExecutionJournal journal, TextWriter error)
    {
        try
        {
            await using var stream = File.Create(statusFile);
            await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            ExecutionStatusWriter.WriteArray(writer, journal.StatusRecords);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync($"argus run: cannot write {statusFile}: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }

    private static bool TryParseVariables(string[] pairs, out ImmutableDictionary<string, string> values, out string? bad)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                (values, bad) = (ImmutableDictionary<string, string>.Empty, pair);
                return false;
            }

            var name = pair[..equals];
            builder[name.StartsWith("__", StringComparison.Ordinal) ? name : $"__{name}__"] = pair[(equals + 1)..];
        }

        (values, bad) = (builder.ToImmutable(), null);
        return true;
    }

    private sealed record RunSettings(string PlaybookPath, string[] Variables, bool Simulate, string? StatusOut, string? ActuatorsPath);
}
