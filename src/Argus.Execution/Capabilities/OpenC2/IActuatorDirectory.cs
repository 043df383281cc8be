using System.Collections.Immutable;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// The OpenC2 actuators an organisation has configured. The openc2-http capability sends only to these: a playbook
/// cannot make Argus send commands to an address nobody configured.
/// </summary>
public interface IActuatorDirectory
{
    /// <summary>Every actuator of the organisation (empty for an unknown organisation or a null one).</summary>
    Task<ImmutableArray<ConfiguredActuator>> ListAsync(string? organisation, CancellationToken cancellationToken);
}
