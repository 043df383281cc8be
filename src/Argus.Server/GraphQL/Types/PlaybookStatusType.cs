using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>PlaybookStatus</c>: Argus's own lifecycle metadata beside a CACAO document.</summary>
/// <remarks>Values are the storage spelling (<c>draft</c>, <c>verified</c>, <c>deprecated</c>) until the storage
/// library's enum replaces them at integration.</remarks>
public sealed class PlaybookStatusType : EnumerationGraphType
{
    public PlaybookStatusType()
    {
        Name = "PlaybookStatus";
        Description = "Argus status of a playbook version (never written into the CACAO document).";
        Add("DRAFT", "draft", "Imported, not yet reviewed.");
        Add("VERIFIED", "verified", "Reviewed and approved for use.");
        Add("DEPRECATED", "deprecated", "Kept for history; not to be used.");
    }
}
