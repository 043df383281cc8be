namespace Argus.Server.GraphQL.Types;

/// <summary>What an import did; the cases of <see cref="Argus.Storage.Playbooks.ImportResult"/>.</summary>
public enum ImportOutcome
{
    Stored,
    Unchanged,
    Rejected,
    Conflict,
    Forbidden,
}
