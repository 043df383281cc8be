using Argus.Storage.Playbooks;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>PlaybookSort</c>: MODIFIED_DESCENDING (newest first) or NAME.</summary>
public sealed class PlaybookSortType : EnumerationGraphType<PlaybookSort>
{
    public PlaybookSortType()
    {
        Name = "PlaybookSort";
        Description = "The order of cacaoPlaybooks.";
    }
}
