using System.Collections.Concurrent;
using Argus.Server.Authorization;
using Argus.Storage.Access;
using Argus.Storage.Organisations;

namespace Argus.Server.Storage;

/// <summary>Turns a caller into the storage <see cref="AccessScope"/>, creating the caller's organisation on first use
/// (once per process; <see cref="IOrganisationStore.EnsureAsync"/> is idempotent, so a race only repeats it).</summary>
internal sealed class OrganisationRegistry(IOrganisationStore organisations)
{
    private readonly ConcurrentDictionary<OrganisationId, bool> _known = new();

    public async Task<AccessScope> ScopeForAsync(CallerContext caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var organisation = OrganisationId.From(caller.Organization);
        if (!_known.ContainsKey(organisation))
        {
            await organisations.EnsureAsync(organisation, null, cancellationToken).ConfigureAwait(false);
            _known.TryAdd(organisation, true);
        }

        return new AccessScope(organisation, (ClearanceLevel)(int)caller.Clearance, caller.User);
    }
}
