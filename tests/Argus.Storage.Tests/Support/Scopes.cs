using Argus.Storage.Access;

namespace Argus.Storage.Tests.Support;

/// <summary>Fresh organisations and scopes, so no test sees another's data.</summary>
public static class Scopes
{
    public static OrganisationId NewOrganisation() => OrganisationId.From("org-" + Guid.NewGuid().ToString("N")[..12]);

    public static AccessScope Admin(OrganisationId organisation) => AccessScope.Administrator(organisation, "admin@test");

    public static AccessScope For(OrganisationId organisation, ClearanceLevel clearance) => new(organisation, clearance, "reader@test");
}
