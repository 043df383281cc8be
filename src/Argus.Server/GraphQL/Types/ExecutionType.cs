using Argus.Server.Authorization;
using Argus.Server.GraphQL.Executions;
using Argus.Storage.Executions;
using GraphQL;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>Execution</c>: one run of a playbook (or of one action step), as storage keeps it.</summary>
public sealed class ExecutionType : ObjectGraphType<StoredExecution>
{
    public ExecutionType()
    {
        Name = "Execution";
        Description = "One execution of a stored playbook version, or of one of its action steps (stepId).";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString("D"));
        Field<NonNullGraphType<StringGraphType>>("playbookId").Resolve(c => c.Source.PlaybookId);
        Field<NonNullGraphType<StringGraphType>>("playbookVersion").Description("The executed version's modified, as written.")
            .Resolve(c => c.Source.PlaybookModified);
        Field<StringGraphType>("stepId").Description("Set when one action step runs on its own (executeCacaoStep).").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<ExecutionModeType>>("mode").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<ExecutionStateType>>("state").Resolve(c => c.Source.State);
        Field<StringGraphType>("reason").Description("Why it failed, was refused or cancelled.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("requestedBy").Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("endedAt").Resolve(c => c.Source.EndedAt);
        Field<NonNullGraphType<IntGraphType>>("attempt").Description("How many times a worker claimed it (0 while never claimed).")
            .Resolve(c => c.Source.Attempt);
        Field<NonNullGraphType<BooleanGraphType>>("cancelRequested").Resolve(c => c.Source.CancelRequested);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ManualRequestType>>>>("pendingManualRequests")
            .Description("Manual steps waiting for respondToManualStep.")
            .ResolveAsync(async c =>
            {
                var scope = await c.GetAccessScopeAsync().ConfigureAwait(false);
                var pending = await ExecutionReads.Store(c).GetPendingManualRequestsAsync(scope, c.Source.Id, c.CancellationToken)
                    .ConfigureAwait(false);
                return pending.ToArray();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExecutionStatusRecordType>>>>("statuses")
            .Description("The execution-status records, in the order the invocations began (see Query.executionStatuses).")
            .Argument<BooleanGraphType>("includeFlowControl", "Also the records of flow-control steps, which are not exported.",
                argument => argument.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var scope = await c.GetAccessScopeAsync().ConfigureAwait(false);
                var statuses = await ExecutionReads.StatusesAsync(ExecutionReads.Store(c), scope, c.Source.Id,
                    c.GetArgument("includeFlowControl", false), c.CancellationToken).ConfigureAwait(false);
                return statuses.ToArray();
            });
    }
}
