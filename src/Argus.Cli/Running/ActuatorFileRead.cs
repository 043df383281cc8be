using System.Collections.Immutable;
using Argus.Execution.Capabilities.OpenC2;

namespace Argus.Cli.Running;

/// <summary>The actuators of an <c>--actuators</c> file, or why it cannot be used.</summary>
internal abstract record ActuatorFileRead
{
    private ActuatorFileRead()
    {
    }

    public sealed record Loaded(ImmutableArray<ConfiguredActuator> Actuators) : ActuatorFileRead;

    public sealed record Rejected(string Reason) : ActuatorFileRead;
}
