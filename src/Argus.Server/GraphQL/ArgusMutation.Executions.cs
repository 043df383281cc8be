using Argus.Execution.Capabilities.Manual;
using Argus.Server.Authorization;
using Argus.Server.Executions;
using Argus.Server.GraphQL.Executions;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Executions;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusMutation
{
    private void AddExecutionFields()
    {
        Field<NonNullGraphType<ExecutionChangeResultType>>("executeCacaoPlaybook")
            .Description("Submits an execution of a stored playbook version; a worker runs it. Every outcome is data.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The CACAO id of the playbook.")
            .Argument<StringGraphType>("version", "The version's modified; the latest visible when omitted.")
            .Argument<ListGraphType<NonNullGraphType<VariableInputType>>>("variables", "Initial values of playbook variables.")
            .Argument<ExecutionModeType>("mode", "LIVE (default) or EXERCISE.", argument => argument.DefaultValue = ExecutionMode.Live)
            .RequiresRole(Role.Operator)
            .ResolveAsync(async context => await SubmitAsync(context, stepId: null).ConfigureAwait(false));

        Field<NonNullGraphType<ExecutionChangeResultType>>("executeCacaoStep")
            .Description("Submits an execution of one action step of a stored playbook, on its own. Every outcome is data.")
            .Argument<NonNullGraphType<IdGraphType>>("playbookId", "The CACAO id of the playbook.")
            .Argument<NonNullGraphType<StringGraphType>>("stepId", "The id of an action step of that playbook.")
            .Argument<ListGraphType<NonNullGraphType<VariableInputType>>>("variables", "Values of the variables the step uses.")
            .Argument<StringGraphType>("version", "The version's modified; the latest visible when omitted.")
            .Argument<ExecutionModeType>("mode", "LIVE (default) or EXERCISE.", argument => argument.DefaultValue = ExecutionMode.Live)
            .RequiresRole(Role.Operator)
            .ResolveAsync(async context => await SubmitAsync(context, context.GetArgument<string>("stepId")).ConfigureAwait(false));

        Field<NonNullGraphType<ExecutionChangeResultType>>("respondToManualStep")
            .Description("Answers a manual step that waits for an operator; only the first answer counts (ALREADY_FINAL after).")
            .Argument<NonNullGraphType<IdGraphType>>("executionId", "The execution id.")
            .Argument<NonNullGraphType<StringGraphType>>("requestId", "The requestId of one of the execution's pendingManualRequests.")
            .Argument<NonNullGraphType<ManualOutcomeType>>("outcome", "The verdict.")
            .Argument<ListGraphType<NonNullGraphType<VariableInputType>>>("variables", "Values for the step's expected variables.")
            .RequiresRole(Role.Operator)
            .ResolveAsync(async context => await RespondAsync(context).ConfigureAwait(false));

        Field<NonNullGraphType<ExecutionChangeResultType>>("cancelExecution")
            .Description("Cancels an execution: a pending one at once, a running one when its worker notices.")
            .Argument<NonNullGraphType<IdGraphType>>("executionId", "The execution id.")
            .RequiresRole(Role.Operator)
            .ResolveAsync(async context =>
            {
                if (ExecutionReads.ParseId(context.GetArgument<string>("executionId")) is not { } id)
                {
                    return ExecutionChangeResult.NotFound(NoSuchExecution);
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = ExecutionReads.Store(context);
                var change = await store.RequestCancelAsync(scope, id, context.CancellationToken).ConfigureAwait(false);
                return await AfterChangeAsync(context, id, change).ConfigureAwait(false);
            });
    }

    private const string NoSuchExecution = "No such execution is visible to the caller.";

    private static async Task<ExecutionChangeResult> SubmitAsync(IResolveFieldContext context, string? stepId)
    {
        var (variables, issues) = ExecutionVariables.Read(context.GetArgument<List<VariableInput>?>("variables"), "variables");
        if (!issues.IsEmpty)
        {
            return ExecutionChangeResult.Invalid(issues);
        }

        var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
        var submission = new ExecutionSubmission
        {
            PlaybookId = context.GetArgument<string>(stepId is null ? "id" : "playbookId"),
            PlaybookModified = context.GetArgument<string?>("version"),
            StepId = stepId,
            Mode = context.GetArgument("mode", ExecutionMode.Live),
            Variables = variables,
        };
        var result = await ExecutionReads.Store(context).SubmitAsync(scope, submission, context.CancellationToken).ConfigureAwait(false);
        if (result.Execution is not null)
        {
            // This process's worker claims it now rather than at its next poll (other processes still poll).
            context.RequestServices!.GetService<ExecutionWorkerSignal>()?.Notify();
        }

        return result.Execution is { } execution
            ? new ExecutionChangeResult(ExecutionChange.Done, execution, [], null)
            : new ExecutionChangeResult(result.Failure ?? ExecutionChange.Invalid, null, [], result.Message);
    }

    private static async Task<ExecutionChangeResult> RespondAsync(IResolveFieldContext context)
    {
        if (ExecutionReads.ParseId(context.GetArgument<string>("executionId")) is not { } id)
        {
            return ExecutionChangeResult.NotFound(NoSuchExecution);
        }

        var (variables, issues) = ExecutionVariables.Read(context.GetArgument<List<VariableInput>?>("variables"), "variables");
        if (!issues.IsEmpty)
        {
            return ExecutionChangeResult.Invalid(issues);
        }

        var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
        var outcome = context.GetArgument<ManualOutcome>("outcome");
        var answer = new ManualAnswerSubmission(ManualOutcomeNames.ToName(outcome), variables);
        var change = await ExecutionReads.Store(context)
            .AnswerManualAsync(scope, id, context.GetArgument<string>("requestId"), answer, context.CancellationToken).ConfigureAwait(false);
        return await AfterChangeAsync(context, id, change).ConfigureAwait(false);
    }

    private static async Task<ExecutionChangeResult> AfterChangeAsync(IResolveFieldContext context, Guid id, ExecutionChange change)
    {
        var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
        var execution = await ExecutionReads.Store(context).GetAsync(scope, id, context.CancellationToken).ConfigureAwait(false);
        var message = change switch
        {
            ExecutionChange.Done => null,
            ExecutionChange.NotFound => execution is null ? NoSuchExecution : "No such manual request waits in this execution.",
            ExecutionChange.AlreadyFinal => "The execution has already ended, or the request was already answered.",
            _ => "The request is unusable.",
        };
        return new ExecutionChangeResult(change, execution, [], message);
    }
}
