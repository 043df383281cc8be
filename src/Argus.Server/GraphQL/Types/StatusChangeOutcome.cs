namespace Argus.Server.GraphQL.Types;

/// <summary>What a status change did; the cases of <see cref="Argus.Storage.Playbooks.StatusChangeResult"/>.</summary>
public enum StatusChangeOutcome
{
    Changed,
    NotFound,
    InvalidTransition,
}
