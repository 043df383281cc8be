using Argus.Server.Authorization;
using Argus.Server.GraphQL.Relay;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Playbooks;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusQuery
{
    private const int DefaultPageSize = 50;

    /// <summary>The cursor prefix of <c>cacaoPlaybooks</c> (none: the first listing kept its cursors unprefixed).</summary>
    private const string PlaybooksListing = "";

    private void AddPlaybookFields()
    {
        Connection<CacaoPlaybookType>("cacaoPlaybooks")
            .Description("The playbooks of the caller's organisation at or below the caller's clearance.")
            .Argument<PlaybookStatusType>("status", "Only this status.")
            .Argument<StringGraphType>("playbookType", "Only playbooks of this CACAO type.")
            .Argument<StringGraphType>("label", "Only playbooks with this label.")
            .Argument<StringGraphType>("text", "A substring of the name or description.")
            .Argument<PlaybookSortType>("sort", "MODIFIED_DESCENDING (default) or NAME.")
            .Argument<BooleanGraphType>("allVersions", "Every visible version instead of the latest of each playbook (default false).")
            .Configure(field => field.SetAccess(AccessRequirement.Of(Role.Viewer)))
            .ResolveAsync(async context => await ListAsync(context).ConfigureAwait(false));

        Field<CacaoPlaybookType>("cacaoPlaybook")
            .Description("One version (modified as written) or the latest; null when missing or above the caller's clearance.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The CACAO id.")
            .Argument<StringGraphType>("version", "The version's modified; the latest visible when omitted.")
            .RequiresRole(Role.Viewer)
            .ResolveAsync(async context =>
            {
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var library = context.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                return await library.GetAsync(scope, context.GetArgument<string>("id"), context.GetArgument<string?>("version"),
                    context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<CacaoPlaybookStatisticsType>>("cacaoPlaybookStatistics")
            .Description("Counts over what the caller may see.")
            .RequiresRole(Role.Viewer)
            .ResolveAsync(async context =>
            {
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var library = context.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                return await library.GetStatisticsAsync(scope, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static async Task<object?> ListAsync(IResolveConnectionContext<object?> context)
    {
        var first = context.First ?? DefaultPageSize;
        if (first is < 1 or > PlaybookQuery.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 1 and {PlaybookQuery.MaxPageSize}.") { Code = "BAD_REQUEST" };
        }

        var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
        var library = context.RequestServices!.GetRequiredService<IPlaybookLibrary>();
        var query = new PlaybookQuery
        {
            Status = context.GetArgument<PlaybookStatus?>("status"),
            PlaybookType = context.GetArgument<string?>("playbookType"),
            Label = context.GetArgument<string?>("label"),
            Text = context.GetArgument<string?>("text"),
            Sort = context.GetArgument("sort", PlaybookSort.ModifiedDescending),
            AllVersions = context.GetArgument("allVersions", false),
        };
        return await StoragePaging.ConnectionAsync(PlaybooksListing, context.After, first, PlaybookQuery.MaxPageSize,
            async (cursor, size) =>
            {
                var page = await library.ListAsync(scope, query with { Cursor = cursor, PageSize = size }, context.CancellationToken)
                    .ConfigureAwait(false);
                return new StoragePage<PlaybookVersion>(page.Items, page.NextCursor);
            }).ConfigureAwait(false);
    }
}
