using Argus.Storage.Playbooks;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>PlaybookStatus</c>: Argus's own lifecycle metadata beside a CACAO document.</summary>
public sealed class PlaybookStatusType : EnumerationGraphType<PlaybookStatus>
{
    public PlaybookStatusType()
    {
        Name = "PlaybookStatus";
        Description = "Argus status of a playbook version (never written into the CACAO document).";
    }
}
