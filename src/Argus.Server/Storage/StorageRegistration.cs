using Argus.Server.Hosting;
using Argus.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Argus.Server.Storage;

/// <summary>Registers the playbook library on the database <see cref="ArgusServerOptions"/> names (SQLite
/// <c>argus.db</c> in the data directory unless <c>Database</c> is a <c>Host=…</c> string), its migration at
/// start-up and its <c>database</c> health check.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddArgusServerStorage(this IServiceCollection services)
    {
        services.AddArgusStorage();
        services.AddOptions<StorageOptions>().Configure<IOptions<ArgusServerOptions>>((storage, server) =>
        {
            storage.DataDirectory = server.Value.DataDirectory;
            storage.ConnectionString = server.Value.Database;
            storage.SecretsKey = server.Value.SecretsKey;
        });
        services.AddSingleton<OrganisationRegistry>();
        services.AddHostedService<StorageMigrationService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
