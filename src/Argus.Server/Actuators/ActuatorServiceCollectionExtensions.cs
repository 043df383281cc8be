using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Transfer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Argus.Server.Actuators;

/// <summary>Registers the actuator directory (the engine's <see cref="IActuatorDirectory"/>) and the feature query.</summary>
public static class ActuatorServiceCollectionExtensions
{
    public static IServiceCollection AddArgusActuators(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new OpenC2ClientCache());
        services.AddSingleton<StoredActuatorDirectory>();
        services.AddSingleton<IActuatorDirectory>(provider => provider.GetRequiredService<StoredActuatorDirectory>());
        services.AddSingleton<OpenC2FeatureQuery>();
        return services;
    }
}
