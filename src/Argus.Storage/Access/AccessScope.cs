namespace Argus.Storage.Access;

/// <summary>
/// Who is asking: every read and write of the library takes one. Reads return only rows of
/// <paramref name="Organisation"/> classified at or below <paramref name="Clearance"/>; writes record
/// <paramref name="UserName"/> as the actor.
/// </summary>
public sealed record AccessScope(OrganisationId Organisation, ClearanceLevel Clearance, string UserName)
{
    /// <summary>The scope of an administrator acting on the database directly (the CLI): full clearance on one organisation.</summary>
    public static AccessScope Administrator(OrganisationId organisation, string userName) =>
        new(organisation, ClearanceLevel.TopSecret, userName);
}
