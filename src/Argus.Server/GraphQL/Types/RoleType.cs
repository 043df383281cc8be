using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>Role</c>: VIEWER, AUTHOR, APPROVER, OPERATOR, ADMIN.</summary>
public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "What a caller may do; roles are independent.";
    }
}
