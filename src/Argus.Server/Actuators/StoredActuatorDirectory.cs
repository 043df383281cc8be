using System.Collections.Concurrent;
using System.Collections.Immutable;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Storage.Access;
using Argus.Storage.Actuators;

namespace Argus.Server.Actuators;

/// <summary>
/// The <see cref="IActuatorDirectory"/> of the server: the organisation's actuators from <see cref="IActuatorStore"/>,
/// credentials decrypted, as <see cref="ConfiguredActuator"/>s with a complete endpoint (authentication, client
/// certificate, trusted CA, pin, timeout). An actuator's endpoint is built once per stored revision and reused, so an
/// <c>OpenC2ClientCache</c> (keyed by endpoint, certificates by reference) keeps one client per actuator.
/// </summary>
public sealed class StoredActuatorDirectory(IActuatorStore store) : IActuatorDirectory
{
    private const string DirectoryUser = "actuator-directory";

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset Revision, ConfiguredActuator Actuator)> _built = new();

    /// <exception cref="Argus.Storage.Secrets.SecretDecryptionException">The credentials were written with another secrets key.</exception>
    public async Task<ImmutableArray<ConfiguredActuator>> ListAsync(string? organisation, CancellationToken cancellationToken)
    {
        if (!OrganisationId.TryParse(organisation, out var id))
        {
            return [];
        }

        var stored = await store.ListWithCredentialsAsync(AccessScope.Administrator(id, DirectoryUser), cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(Build)];
    }

    /// <summary>One actuator of the scope's organisation, or null when it has none with that id.</summary>
    /// <exception cref="Argus.Storage.Secrets.SecretDecryptionException">The credentials were written with another secrets key.</exception>
    public async Task<ConfiguredActuator?> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var stored = await store.GetWithCredentialsAsync(scope, id, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : Build(stored);
    }

    private ConfiguredActuator Build(ActuatorWithCredentials stored)
    {
        var revision = stored.Actuator.UpdatedAt;
        if (_built.TryGetValue(stored.Actuator.Id, out var known) && known.Revision == revision)
        {
            return known.Actuator;
        }

        var built = ActuatorEndpoints.ToConfigured(stored);
        _built[stored.Actuator.Id] = (revision, built);
        return built;
    }
}
