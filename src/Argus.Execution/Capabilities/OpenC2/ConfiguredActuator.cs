using System.Collections.Immutable;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>An OpenC2 consumer an organisation has configured, with credentials already decrypted.</summary>
/// <param name="Name">The organisation's name for it (unique within the organisation).</param>
/// <param name="Endpoint">How to reach it (address, transfer version, authentication, TLS trust).</param>
/// <param name="Environment">Production or sandbox.</param>
/// <param name="Profiles">The actuator profiles it implements (for example <c>slpf</c>).</param>
public sealed record ConfiguredActuator(
    string Name, OpenC2Endpoint Endpoint, ActuatorEnvironment Environment, ImmutableArray<string> Profiles);
