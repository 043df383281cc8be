using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

public sealed class ConfiguredActuatorDirectoryTests
{
    private static ConfiguredActuator Actuator(string name) =>
        new(name, new OpenC2Endpoint(new Uri("https://127.0.0.1:8443")), ActuatorEnvironment.Sandbox, ["slpf"]);

    [Fact]
    public async Task ListAsync_TwoOrganisations_EachSeesOnlyItsOwn()
    {
        var directory = ConfiguredActuatorDirectory.Empty.With("org-a", Actuator("a1"), Actuator("a2")).With("org-b", Actuator("b1"));

        var a = await directory.ListAsync("org-a", TestContext.Current.CancellationToken);
        var b = await directory.ListAsync("org-b", TestContext.Current.CancellationToken);

        Assert.Equal(["a1", "a2"], a.Select(x => x.Name));
        Assert.Equal(["b1"], b.Select(x => x.Name));
    }

    [Fact]
    public async Task ListAsync_UnknownOrNullOrganisation_Empty()
    {
        var directory = ConfiguredActuatorDirectory.Empty.With("org-a", Actuator("a1"));

        Assert.Empty(await directory.ListAsync("org-z", TestContext.Current.CancellationToken));
        Assert.Empty(await directory.ListAsync(null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void With_NameAlreadyUsedInTheOrganisation_Throws() =>
        Assert.Throws<ArgumentException>(() => ConfiguredActuatorDirectory.Empty.With("org-a", Actuator("fw"), Actuator("fw")));
}
