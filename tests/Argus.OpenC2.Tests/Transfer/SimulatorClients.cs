using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim;
using Argus.OpenC2.Transfer;

namespace Argus.OpenC2.Tests.Transfer;

/// <summary>Starts simulators on 127.0.0.1 and makes clients that trust them.</summary>
internal static class SimulatorClients
{
    public static Task<RunningSimulator> StartAsync(SimulatorOptions? options = null) =>
        ActuatorSimulator.StartAsync(options ?? new SimulatorOptions(), TestContext.Current.CancellationToken);

    /// <summary>An endpoint trusting the simulator's self-signed certificate as its only anchor.</summary>
    public static OpenC2Endpoint EndpointFor(RunningSimulator simulator, OpenC2TransferVersion transfer = OpenC2TransferVersion.V1_1) =>
        new(simulator.BaseUri)
        {
            Transfer = transfer,
            Path = transfer == OpenC2TransferVersion.V1_0 ? simulator.Options.V1_0Path : null,
            TrustedCertificateAuthorities = [simulator.ServerCertificate],
            Timeout = TimeSpan.FromSeconds(20),
        };

    public static OpenC2Client ClientFor(RunningSimulator simulator, OpenC2TransferVersion transfer = OpenC2TransferVersion.V1_1) =>
        new(EndpointFor(simulator, transfer));

    public static X509Certificate2Collection Anchors(params X509Certificate2[] certificates) => [.. certificates];
}
