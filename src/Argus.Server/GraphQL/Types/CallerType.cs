using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>Caller</c>: who the token says the caller is.</summary>
public sealed class CallerType : ObjectGraphType<CallerContext>
{
    public CallerType()
    {
        Name = "Caller";
        Description = "The authenticated caller.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("user").Description("The token's subject.").Resolve(c => c.Source.User);
        Field<NonNullGraphType<StringGraphType>>("organization").Description("The caller's organisation.").Resolve(c => c.Source.Organization);
        Field<NonNullGraphType<ClassificationLevelType>>("clearance").Description("The highest classification the caller may see.")
            .Resolve(c => c.Source.Clearance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles").Description("What the caller may do.")
            .Resolve(c => c.Source.Roles.Order().ToArray());
    }
}
