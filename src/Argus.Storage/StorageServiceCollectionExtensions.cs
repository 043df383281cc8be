using Argus.Storage.Actuators;
using Argus.Storage.Audit;
using Argus.Storage.Organisations;
using Argus.Storage.Playbooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Argus.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArgusStorage"/> (one per container, migrated on first use) and its
    /// <see cref="IPlaybookLibrary"/>, <see cref="IAuditLog"/> and <see cref="IOrganisationStore"/>. Bind
    /// <see cref="StorageOptions"/> (section <see cref="StorageOptions.Section"/>) yourself or pass <paramref name="configure"/>.
    /// </summary>
    /// <remarks>Also registers <see cref="IActuatorStore"/>.</remarks>
    public static IServiceCollection AddArgusStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<StorageOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton(provider => ArgusStorage.Open(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Actuators);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Playbooks);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Audit);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Organisations);
        return services;
    }
}
