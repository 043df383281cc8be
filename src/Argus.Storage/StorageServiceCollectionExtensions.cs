using Argus.Storage.Audit;
using Argus.Storage.Executions;
using Argus.Storage.Organisations;
using Argus.Storage.Playbooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Argus.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArgusStorage"/> (one per container, migrated on first use) and its
    /// <see cref="IPlaybookLibrary"/>, <see cref="IAuditLog"/>, <see cref="IOrganisationStore"/>, <see cref="IExecutionStore"/>
    /// and <see cref="IExecutionWorkQueue"/>. Bind
    /// <see cref="StorageOptions"/> (section <see cref="StorageOptions.Section"/>) yourself or pass <paramref name="configure"/>.
    /// </summary>
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
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Playbooks);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Audit);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Organisations);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().Executions);
        services.AddSingleton(provider => provider.GetRequiredService<ArgusStorage>().ExecutionQueue);
        return services;
    }
}
