using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Organisations;

/// <summary>The organisations known to this database (created on first import or explicitly).</summary>
public interface IOrganisationStore
{
    /// <summary>Creates the organisation unless it exists; returns it either way.</summary>
    Task<Organisation> EnsureAsync(OrganisationId id, string? displayName, CancellationToken cancellationToken);

    Task<Organisation?> GetAsync(OrganisationId id, CancellationToken cancellationToken);

    Task<ImmutableArray<Organisation>> ListAsync(CancellationToken cancellationToken);
}
