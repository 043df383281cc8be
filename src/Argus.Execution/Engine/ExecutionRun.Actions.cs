using System.Collections.Immutable;
using System.Text;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Commands;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Status;
using Argus.Execution.Variables;

namespace Argus.Execution.Engine;

internal sealed partial class ExecutionRun
{
    private const string Redacted = "[redacted]";

    /// <summary>Substitutes the commands and encodes them for the record, with every credential redacted.</summary>
    private static PreparedAction PrepareCommands(StepContext context, ActionStep step)
    {
        var commands = (step.Commands ?? []).Select(c => ObjectSubstitution.Substitute(c, context.Scope)).ToImmutableArray();
        var secrets = (context.Playbook.AuthenticationInfoDefinitions?.Values ?? [])
            .Select(info => ObjectSubstitution.Substitute(info, context.Scope))
            .SelectMany(ObjectSubstitution.Secrets)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
        var texts = commands.Select(CommandText).ToImmutableArray();
        var encoded = texts
            .Select(text => secrets.Aggregate(text, (current, secret) => current.Replace(secret, Redacted, StringComparison.Ordinal)))
            .Select(text => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)))
            .ToImmutableArray();
        return new PreparedAction(commands, texts, encoded);
    }

    /// <summary>
    /// Runs each command in order against every target (spec 4.4; SOARCA: sequentially, the first failure fails the
    /// step). A step without targets runs each command once. On success the outputs named in out_args are copied
    /// into scope.
    /// </summary>
    private async Task<StepOutcome> RunActionAsync(
        StepContext context, ActionStep step, PreparedAction prepared, CancellationToken cancellationToken)
    {
        var playbook = context.Playbook;
        AgentTarget? agent = null;
        if (step.Agent is { } agentId && playbook.AgentDefinitions?.TryGetValue(agentId, out var agentDefinition) == true)
        {
            agent = ObjectSubstitution.Substitute(agentDefinition, context.Scope);
        }

        ImmutableArray<string?> targetIds = step.Targets is { Length: > 0 } targets ? [.. targets] : [null];
        var outputs = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var texts = new List<string>();
        for (var index = 0; index < prepared.Commands.Length; index++)
        {
            var command = prepared.Commands[index];
            var capability = _engine.Capabilities.Find(command.Type, agent?.Type);
            if (capability is null)
            {
                return StepOutcome.Failure(ExecutionStatus.ClientSideError,
                    PreflightCheck.MissingCapabilityMessage(command.Type, agent?.Type));
            }

            foreach (var targetId in targetIds)
            {
                var target = targetId is not null && playbook.TargetDefinitions?.TryGetValue(targetId, out var definition) == true
                    ? ObjectSubstitution.Substitute(definition, context.Scope)
                    : null;
                var invocation = new CapabilityInvocation(_executionId, context.StatusRecordId, context.PlaybookId,
                    context.StepId, command, step.Agent, agent, targetId, target,
                    AuthenticationFor(context, target ?? agent), context.Scope.Snapshot(), _manualInput)
                {
                    CommandText = prepared.CommandTexts[index],
                    Mode = _request.Mode,
                    Organisation = _request.Organisation,
                };
                CapabilityResult result;
                try
                {
                    result = await capability.ExecuteAsync(invocation, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // A capability is outside code: its exception is this step's failure, recorded and routed like
                    // any other, not the execution's end. Cancellation through our tokens keeps its meaning (timeout,
                    // cancel, shutdown); the stack trace stays out of the record.
                    return StepOutcome.Failure(ExecutionStatus.ServerSideError,
                        $"The {command.Type} capability failed with {exception.GetType().FullName}: {exception.Message}");
                }

                if (!result.IsSuccess)
                {
                    return new StepOutcome(result.Status == ExecutionStatus.Ongoing || result.Status == ExecutionStatus.AwaitUserInput
                        ? ExecutionStatus.ServerSideError
                        : result.Status, result.StatusText ?? "The command failed.");
                }

                if (result.StatusText is { } text)
                {
                    texts.Add(text);
                }

                foreach (var (name, value) in result.Outputs)
                {
                    outputs[name] = value;
                }
            }
        }

        return CopyOutArgs(context.Scope, step.OutArgs, outputs.ToImmutable(),
            StepOutcome.Success(texts.Count == 0 ? null : string.Join("; ", texts.Distinct(StringComparer.Ordinal))));
    }

    /// <summary>
    /// Copies the named values into scope and returns <paramref name="success"/> with what was written; a failure
    /// (with what was written before it) when one names a constant.
    /// </summary>
    private static StepOutcome CopyOutArgs(
        VariableScope scope, ImmutableArray<string>? outArgs, IReadOnlyDictionary<string, string> values, StepOutcome success)
    {
        var written = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in outArgs ?? [])
        {
            if (!values.TryGetValue(name, out var value))
            {
                continue;
            }

            if (scope.Set(name, value) == VariableWrite.RefusedConstant)
            {
                return StepOutcome.Failure(ExecutionStatus.ClientSideError,
                    $"out_args names {name}, a constant variable, which must not be changed.") with { Outputs = written.ToImmutable() };
            }

            written[name] = value;
        }

        return success with { Outputs = written.ToImmutable() };
    }

    private static AuthenticationInfo? AuthenticationFor(StepContext context, AgentTarget? holder) =>
        holder?.AuthenticationInfo is { } id
        && context.Playbook.AuthenticationInfoDefinitions?.TryGetValue(id, out var info) == true
            ? ObjectSubstitution.Substitute(info, context.Scope)
            : null;

    private static string CommandText(CommandData command)
    {
        if (command.Command is { } text)
        {
            return text;
        }

        if (command.CommandBase64 is { } encoded)
        {
            var buffer = new byte[encoded.Length];
            return Convert.TryFromBase64String(encoded, buffer, out var length)
                ? Encoding.UTF8.GetString(buffer, 0, length)
                : encoded;
        }

        return command.Description ?? command.Type ?? "";
    }
}
