namespace Argus.Execution.Engine;

/// <summary>Source of new ids, injected so that tests and replays control them.</summary>
public interface IIdGenerator
{
    /// <summary>A new random (version 4) UUID.</summary>
    Guid NewId();
}
