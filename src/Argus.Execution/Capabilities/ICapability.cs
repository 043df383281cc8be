namespace Argus.Execution.Capabilities;

/// <summary>Executes one command of one type (<c>manual</c>, <c>openc2-http</c>, <c>ssh</c>, …) against one target.</summary>
/// <remarks>
/// The token is cancelled when the step's timeout fires, the execution is cancelled or the host shuts down; the
/// engine tells these apart, so a capability only has to honour the token.
/// </remarks>
public interface ICapability
{
    /// <summary>The CACAO command type served.</summary>
    string CommandType { get; }

    Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken);
}
