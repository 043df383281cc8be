namespace Argus.Server.Authorization;

/// <summary>The classification ladder; a caller's clearance and a playbook's classification use the same scale.</summary>
/// <remarks>The numeric order is the ladder: a caller sees a playbook when clearance &gt;= classification.</remarks>
public enum ClassificationLevel
{
    /// <summary>UNCLASSIFIED, the lowest level.</summary>
    Unclassified = 0,

    /// <summary>RESTRICTED.</summary>
    Restricted = 1,

    /// <summary>CONFIDENTIAL.</summary>
    Confidential = 2,

    /// <summary>SECRET.</summary>
    Secret = 3,

    /// <summary>TOP_SECRET, the highest level.</summary>
    TopSecret = 4,
}
