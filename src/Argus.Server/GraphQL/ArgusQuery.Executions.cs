using Argus.Server.Authorization;
using Argus.Server.GraphQL.Executions;
using Argus.Server.GraphQL.Relay;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Executions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusQuery
{
    /// <summary>The cursor prefix of <c>executions</c>, so a playbook cursor is refused there.</summary>
    private const string ExecutionsListing = "executions:";

    private void AddExecutionFields()
    {
        Field<ExecutionType>("execution")
            .Description("One execution; null when missing, of another organisation, or of a playbook above the caller's clearance.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The execution id.")
            .RequiresRole(Role.Viewer)
            .ResolveAsync(async context =>
            {
                if (ExecutionReads.ParseId(context.GetArgument<string>("id")) is not { } id)
                {
                    return null;
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                return await ExecutionReads.Store(context).GetAsync(scope, id, context.CancellationToken).ConfigureAwait(false);
            });

        Connection<ExecutionType>("executions")
            .Description("The executions the caller may see, newest first.")
            .Argument<StringGraphType>("playbookId", "Only executions of this playbook.")
            .Argument<ExecutionStateType>("state", "Only executions in this state.")
            .Argument<ExecutionModeType>("mode", "Only LIVE or only EXERCISE executions.")
            .Configure(field => field.SetAccess(AccessRequirement.Of(Role.Viewer)))
            .ResolveAsync(async context => await ListExecutionsAsync(context).ConfigureAwait(false));

        Field<ListGraphType<NonNullGraphType<ExecutionStatusRecordType>>>("executionStatuses")
            .Description("The execution-status records of an execution in the order the invocations began; null when the execution is not visible.")
            .Argument<NonNullGraphType<IdGraphType>>("executionId", "The execution id.")
            .Argument<BooleanGraphType>("includeFlowControl", "Also the records of flow-control steps, which are not exported.",
                argument => argument.DefaultValue = false)
            .RequiresRole(Role.Viewer)
            .ResolveAsync(async context =>
            {
                if (ExecutionReads.ParseId(context.GetArgument<string>("executionId")) is not { } id)
                {
                    return null;
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = ExecutionReads.Store(context);
                if (await store.GetAsync(scope, id, context.CancellationToken).ConfigureAwait(false) is null)
                {
                    return null;
                }

                var statuses = await ExecutionReads.StatusesAsync(store, scope, id, context.GetArgument("includeFlowControl", false),
                    context.CancellationToken).ConfigureAwait(false);
                return statuses.ToArray();
            });
    }

    private static async Task<object?> ListExecutionsAsync(IResolveConnectionContext<object?> context)
    {
        var first = context.First ?? DefaultPageSize;
        if (first is < 1 or > ExecutionQuery.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 1 and {ExecutionQuery.MaxPageSize}.") { Code = "BAD_REQUEST" };
        }

        var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
        var store = ExecutionReads.Store(context);
        var query = new ExecutionQuery
        {
            PlaybookId = context.GetArgument<string?>("playbookId"),
            State = context.GetArgument<ExecutionState?>("state"),
            Mode = context.GetArgument<ExecutionMode?>("mode"),
        };
        return await StoragePaging.ConnectionAsync(ExecutionsListing, context.After, first, ExecutionQuery.MaxPageSize,
            async (cursor, size) =>
            {
                var page = await store.ListAsync(scope, query with { Cursor = cursor, PageSize = size }, context.CancellationToken)
                    .ConfigureAwait(false);
                return new StoragePage<StoredExecution>(page.Items, page.NextCursor);
            }).ConfigureAwait(false);
    }
}
