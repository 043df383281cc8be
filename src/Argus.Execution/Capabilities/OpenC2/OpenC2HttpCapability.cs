using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// Runs CACAO <c>openc2-http</c> commands (and the <c>openc2</c> spelling seen in the wild): reads the OpenC2 command
/// from <c>content_b64</c>, validates it, resolves the step's target (else agent) to an actuator the organisation
/// configured (see <see cref="ActuatorMatch"/>), sends it once and maps the answer (<see cref="OpenC2Outcome"/>).
/// Outputs are named in <see cref="OpenC2Outputs"/>.
/// </summary>
/// <remarks>
/// A playbook cannot choose where a command goes: an addressee that resolves to no configured actuator is refused
/// before any request. The configured endpoint decides the URI path, transfer version and credentials; the start
/// line's path and the target's <c>authentication_info</c> are not used. An EXERCISE execution reaches sandbox
/// actuators only. A new request id is sent each time (an envelope's own <c>headers</c> are not reused). The step's
/// timeout arrives as the token; the actuator's own <see cref="OpenC2Endpoint.Timeout"/> also applies.
/// </remarks>
public sealed class OpenC2HttpCapability : ICapability
{
    /// <summary>The CACAO v2.0 command type.</summary>
    public const string CommandTypeName = "openc2-http";

    /// <summary>The openc2-cacao-ext draft's transport-neutral type, used by SOARCA's example playbooks.</summary>
    public const string AlternativeCommandTypeName = "openc2";

    private readonly IActuatorDirectory _actuators;
    private readonly OpenC2ClientCache _clients;

    /// <param name="actuators">The organisations' configured actuators.</param>
    /// <param name="clients">Pooled clients, one per endpoint; owned by the caller (dispose it at shutdown).</param>
    /// <param name="commandType"><see cref="CommandTypeName"/> or <see cref="AlternativeCommandTypeName"/>.</param>
    public OpenC2HttpCapability(IActuatorDirectory actuators, OpenC2ClientCache clients, string commandType = CommandTypeName)
    {
        _actuators = actuators ?? throw new ArgumentNullException(nameof(actuators));
        _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        CommandType = commandType is CommandTypeName or AlternativeCommandTypeName
            ? commandType
            : throw new ArgumentException($"The command type is '{CommandTypeName}' or '{AlternativeCommandTypeName}'.", nameof(commandType));
    }

    public string CommandType { get; }

    /// <summary>Registers the capability under both spellings.</summary>
    public static CapabilityRegistry Register(CapabilityRegistry registry, IActuatorDirectory actuators, OpenC2ClientCache clients)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .With(new OpenC2HttpCapability(actuators, clients))
            .With(new OpenC2HttpCapability(actuators, clients, AlternativeCommandTypeName));
    }

    /// <exception cref="OperationCanceledException">The token fired (step timeout, cancellation, shutdown): the engine tells which.</exception>
    public async Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (Method(invocation.Command.Command) is { } method && !string.Equals(method, "POST", StringComparison.Ordinal))
        {
            return CapabilityResult.Failure(ExecutionStatus.ClientSideError,
                $"An {CommandType} command is sent with POST (CACAO v2.0 openc2-http command); its start line says '{method}'.");
        }

        var content = OpenC2CommandContent.Read(invocation.Command);
        if (content is OpenC2ContentRead.Invalid invalid)
        {
            return CapabilityResult.Failure(ExecutionStatus.ClientSideError, invalid.Reason + " Nothing was sent.");
        }

        var command = ((OpenC2ContentRead.Valid)content).Command;
        var actuators = await _actuators.ListAsync(invocation.Organisation, cancellationToken).ConfigureAwait(false);
        var (role, id, addressee) = invocation.Target is not null
            ? ("target", invocation.TargetId, invocation.Target)
            : ("agent", invocation.AgentId, invocation.Agent);
        var choice = ActuatorMatch.Choose(actuators, role, id, addressee, command, invocation.Organisation);
        if (choice is ActuatorChoice.Refused refused)
        {
            return CapabilityResult.Failure(ExecutionStatus.ClientSideError, refused.Reason + " Nothing was sent.");
        }

        var actuator = ((ActuatorChoice.Chosen)choice).Actuator;
        if (invocation.Mode == ExecutionMode.Exercise && actuator.Environment != ActuatorEnvironment.Sandbox)
        {
            return CapabilityResult.Failure(ExecutionStatus.ClientSideError,
                $"An EXERCISE execution may reach sandbox actuators only; '{actuator.Name}' is a {actuator.Environment.ToString().ToUpperInvariant()} actuator. Nothing was sent.");
        }

        var client = _clients.GetOrCreate(actuator.Endpoint);
        var sent = await client.SendAsync(command, OpenC2SendOptions.Default, cancellationToken).ConfigureAwait(false);
        return OpenC2Outcome.From(sent, actuator);
    }

    /// <summary>The method of an HTTP start line (<c>POST /.well-known/openc2 HTTP/1.1</c>), or null when there is none.</summary>
    private static string? Method(string? startLine) =>
        startLine?.Trim() is { Length: > 0 } line ? line.Split(' ', 2)[0].ToUpperInvariant() : null;
}
