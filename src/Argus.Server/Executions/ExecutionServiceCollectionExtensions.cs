using Argus.Execution.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Argus.Server.Executions;

/// <summary>Registers the execution worker every server process runs, its options and its capabilities.</summary>
public static class ExecutionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ExecutionWorker"/> (options <see cref="ExecutionWorkerOptions.Section"/>, engine options
    /// <see cref="ExecutionOptions.Section"/>), <see cref="ExecutionWorkerSignal"/> and <see cref="ExecutionCapabilities"/>.
    /// Capabilities are additive: register more with <c>services.AddSingleton&lt;ICapability, MyCapability&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddArgusExecutions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ExecutionWorkerOptions>().BindConfiguration(ExecutionWorkerOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.RenewInterval < o.LeaseDuration, "Argus:Executions:RenewInterval must be shorter than LeaseDuration.")
            .ValidateOnStart();
        services.AddOptions<ExecutionOptions>().BindConfiguration(ExecutionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ExecutionWorkerSignal>();
        services.TryAddSingleton<ExecutionCapabilities>();
        services.AddSingleton<ExecutionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ExecutionWorker>());
        return services;
    }
}
