using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Transfer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Argus.Server.Actuators;

/// <summary>
/// Registers the actuator directory (the engine's <see cref="IActuatorDirectory"/>), the feature query and the
/// <c>openc2-http</c> capability under both spellings (<c>openc2-http</c>, <c>openc2</c>), which sends only to the
/// executing organisation's configured actuators.
/// </summary>
public static class ActuatorServiceCollectionExtensions
{
    public static IServiceCollection AddArgusActuators(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new OpenC2ClientCache());
        services.AddSingleton<StoredActuatorDirectory>();
        services.AddSingleton<IActuatorDirectory>(provider => provider.GetRequiredService<StoredActuatorDirectory>());
        services.AddSingleton<OpenC2FeatureQuery>();
        foreach (var commandType in (string[])[OpenC2HttpCapability.CommandTypeName, OpenC2HttpCapability.AlternativeCommandTypeName])
        {
            services.AddSingleton<ICapability>(provider => new OpenC2HttpCapability(
                provider.GetRequiredService<IActuatorDirectory>(), provider.GetRequiredService<OpenC2ClientCache>(), commandType));
        }

        return services;
    }
}
