using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Actuators;

/// <summary>
/// The OpenC2 actuators of each organisation. Every method takes the caller's <see cref="AccessScope"/> and sees only
/// its organisation (an actuator of another is answered like a missing one); clearance plays no part. Administrative:
/// the API lets only the admin role call it. Secrets (tokens, passwords, client keys) are encrypted at rest and come
/// back only from <see cref="GetWithCredentialsAsync"/> and <see cref="ListWithCredentialsAsync"/>.
/// </summary>
public interface IActuatorStore
{
    /// <summary>Validates and stores a new actuator with its audit event; rejected input writes nothing.</summary>
    Task<ActuatorWriteResult> CreateAsync(AccessScope scope, NewActuator actuator, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="changes"/> to an actuator, validates the result and stores it with its audit event.</summary>
    Task<ActuatorWriteResult> UpdateAsync(AccessScope scope, Guid id, ActuatorChanges changes, CancellationToken cancellationToken);

    /// <summary>Deletes an actuator with its audit event; false when there is none with that id.</summary>
    Task<bool> DeleteAsync(AccessScope scope, Guid id, CancellationToken cancellationToken);

    /// <summary>One actuator without secrets, or null.</summary>
    Task<StoredActuator?> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken);

    /// <summary>The organisation's actuators without secrets, by name.</summary>
    Task<ImmutableArray<StoredActuator>> ListAsync(AccessScope scope, CancellationToken cancellationToken);

    /// <summary>One actuator with its decrypted credentials, for sending a command; null when missing.</summary>
    /// <exception cref="Secrets.SecretDecryptionException">The credentials were written with another secrets key, or damaged.</exception>
    Task<ActuatorWithCredentials?> GetWithCredentialsAsync(AccessScope scope, Guid id, CancellationToken cancellationToken);

    /// <summary>Every actuator of the organisation with decrypted credentials, by name.</summary>
    /// <exception cref="Secrets.SecretDecryptionException">Credentials were written with another secrets key, or damaged.</exception>
    Task<ImmutableArray<ActuatorWithCredentials>> ListWithCredentialsAsync(AccessScope scope, CancellationToken cancellationToken);
}
