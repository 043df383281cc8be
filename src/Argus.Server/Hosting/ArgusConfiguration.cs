using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Argus.Server.Hosting;

/// <summary>Adds Argus's configuration layers on top of the host's (appsettings, plain environment variables).</summary>
internal static class ArgusConfiguration
{
    private const string EnvironmentPrefix = "ARGUS_";

    /// <summary><c>ARGUS_X__Y</c> environment variables as <c>Argus:X:Y</c>, then <paramref name="settings"/>.</summary>
    public static IConfigurationBuilder AddArgus(this IConfigurationBuilder configuration, ArgusServerSettings settings)
    {
        var fromEnvironment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
                && name.Length > EnvironmentPrefix.Length)
            {
                var key = ArgusServerOptions.Section + ":" + name[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal);
                fromEnvironment[key] = entry.Value as string;
            }
        }

        var fromSettings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (settings.DataDirectory is not null)
        {
            fromSettings[ArgusServerOptions.Section + ":" + nameof(ArgusServerOptions.DataDirectory)] = settings.DataDirectory;
        }

        if (settings.Database is not null)
        {
            fromSettings[ArgusServerOptions.Section + ":" + nameof(ArgusServerOptions.Database)] = settings.Database;
        }

        if (settings.Urls is not null)
        {
            fromSettings["urls"] = settings.Urls;
        }

        foreach (var (key, value) in settings.Overrides)
        {
            fromSettings[key] = value;
        }

        return configuration.AddInMemoryCollection(fromEnvironment).AddInMemoryCollection(fromSettings);
    }
}
