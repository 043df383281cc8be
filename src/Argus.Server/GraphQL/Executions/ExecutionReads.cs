using System.Collections.Immutable;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL.Executions;

/// <summary>Reads shared by the execution fields; storage scopes each by the caller's organisation and clearance.</summary>
internal static class ExecutionReads
{
    /// <summary>An execution id argument; null when it is not a UUID (then no execution can have it).</summary>
    public static Guid? ParseId(string? text) => Guid.TryParse(text, out var id) ? id : null;

    public static IExecutionStore Store(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IExecutionStore>();

    /// <summary>The status records in the order invocations began; only exported ones unless <paramref name="includeFlowControl"/>.</summary>
    public static async Task<ImmutableArray<ExecutionStatusView>> StatusesAsync(
        IExecutionStore store, AccessScope scope, Guid executionId, bool includeFlowControl, CancellationToken cancellationToken)
    {
        var invocations = await store.GetInvocationsAsync(scope, executionId, 0, cancellationToken).ConfigureAwait(false);
        return [.. invocations
            .Where(i => includeFlowControl || i.ProducesStatusRecord)
            .OrderBy(i => i.Sequence)
            .Select(ExecutionStatusView.From)];
    }
}
