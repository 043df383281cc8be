using Argus.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace Argus.Server.Tests.Hosting;

public sealed class ArgusConfigurationTests
{
    [Fact]
    public void AddArgus_ArgusPrefixedEnvironmentVariable_BecomesAnArgusKey()
    {
        // A name no other test or setting uses, so setting it cannot disturb hosts built in parallel.
        var probe = "PROBE" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        Environment.SetEnvironmentVariable($"ARGUS_{probe}__VALUE", "from-env");
        try
        {
            var configuration = new ConfigurationBuilder().AddArgus(new ArgusServerSettings()).Build();

            Assert.Equal("from-env", configuration[$"Argus:{probe}:Value"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"ARGUS_{probe}__VALUE", null);
        }
    }

    [Fact]
    public void AddArgus_CommandLineSettings_OverrideEarlierLayers()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Argus:DataDirectory"] = "from-appsettings", ["urls"] = "http://127.0.0.1:1" })
            .AddArgus(new ArgusServerSettings(Urls: "http://127.0.0.1:2", DataDirectory: "from-flag", Database: "Data Source=x.db"))
            .Build();

        Assert.Equal("from-flag", configuration["Argus:DataDirectory"]);
        Assert.Equal("Data Source=x.db", configuration["Argus:Database"]);
        Assert.Equal("http://127.0.0.1:2", configuration["urls"]);
    }
}
