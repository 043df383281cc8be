namespace Argus.Storage.Access;

/// <summary>
/// The classification ladder, lowest first. The numeric value is the rank stored in the database and compared
/// in every read (a row is visible when its classification is at or below the caller's clearance).
/// </summary>
public enum ClearanceLevel
{
    Unclassified = 0,
    Restricted = 1,
    Confidential = 2,
    Secret = 3,
    TopSecret = 4,
}
