namespace Argus.Execution.Engine;

/// <summary>UUIDv4 ids from the system's random generator.</summary>
public sealed class RandomIdGenerator : IIdGenerator
{
    public static RandomIdGenerator Instance { get; } = new();

    public Guid NewId() => Guid.NewGuid();
}
