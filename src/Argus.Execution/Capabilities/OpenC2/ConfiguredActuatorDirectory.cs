using System.Collections.Immutable;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// Actuators held in memory, per organisation: the directory of <c>argus run</c> and of tests. Immutable; build it
/// with <see cref="With"/>.
/// </summary>
public sealed class ConfiguredActuatorDirectory : IActuatorDirectory
{
    private readonly ImmutableDictionary<string, ImmutableArray<ConfiguredActuator>> _byOrganisation;

    private ConfiguredActuatorDirectory(ImmutableDictionary<string, ImmutableArray<ConfiguredActuator>> byOrganisation) =>
        _byOrganisation = byOrganisation;

    /// <summary>No actuator for anyone: every OpenC2 command is refused.</summary>
    public static ConfiguredActuatorDirectory Empty { get; } =
        new(ImmutableDictionary<string, ImmutableArray<ConfiguredActuator>>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Adds <paramref name="actuators"/> to <paramref name="organisation"/>'s list.</summary>
    /// <exception cref="ArgumentException">An actuator's name is already used in the organisation.</exception>
    public ConfiguredActuatorDirectory With(string organisation, params IEnumerable<ConfiguredActuator> actuators)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisation);
        ArgumentNullException.ThrowIfNull(actuators);
        var list = _byOrganisation.TryGetValue(organisation, out var existing) ? existing : [];
        foreach (var actuator in actuators)
        {
            ArgumentNullException.ThrowIfNull(actuator);
            if (list.Any(a => string.Equals(a.Name, actuator.Name, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Organisation {organisation} already has an actuator named '{actuator.Name}'.", nameof(actuators));
            }

            list = list.Add(actuator);
        }

        return new(_byOrganisation.SetItem(organisation, list));
    }

    public Task<ImmutableArray<ConfiguredActuator>> ListAsync(string? organisation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(organisation is not null && _byOrganisation.TryGetValue(organisation, out var list) ? list : []);
    }
}
