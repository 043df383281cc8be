using System.Collections.Immutable;

namespace Argus.Execution.Capabilities;

/// <summary>
/// Capabilities by command type, optionally narrowed to an agent type (an <c>ssh</c> capability for one kind of
/// agent). Lookup prefers the agent-specific entry, then the command type's entry, then the fallback (the
/// simulation capability in exercise runs). Immutable: build one with <see cref="With"/>.
/// </summary>
public sealed class CapabilityRegistry
{
    private readonly ImmutableDictionary<(string CommandType, string? AgentType), ICapability> _entries;

    private CapabilityRegistry(ImmutableDictionary<(string CommandType, string? AgentType), ICapability> entries, ICapability? fallback)
    {
        _entries = entries;
        Fallback = fallback;
    }

    public static CapabilityRegistry Empty { get; } = new(ImmutableDictionary<(string, string?), ICapability>.Empty, null);

    /// <summary>Serves every command type that has no entry (null: none, such commands fail).</summary>
    public ICapability? Fallback { get; }

    public CapabilityRegistry With(ICapability capability, string? agentType = null)
    {
        ArgumentNullException.ThrowIfNull(capability);
        return new(_entries.SetItem((capability.CommandType, agentType), capability), Fallback);
    }

    public CapabilityRegistry WithFallback(ICapability? fallback) => new(_entries, fallback);

    public ICapability? Find(string? commandType, string? agentType)
    {
        if (commandType is null)
        {
            return Fallback;
        }

        if (agentType is not null && _entries.TryGetValue((commandType, agentType), out var specific))
        {
            return specific;
        }

        return _entries.TryGetValue((commandType, null), out var general) ? general : Fallback;
    }
}
