namespace Argus.Storage.Executions;

/// <summary>What renewing a lease found.</summary>
public enum LeaseRenewal
{
    /// <summary>Still held, extended.</summary>
    Held,

    /// <summary>Still held, extended, and an operator asked to cancel the execution.</summary>
    CancelRequested,

    /// <summary>Another worker took it (this one was too slow) or it ended: stop at once, write nothing more.</summary>
    Lost,
}
