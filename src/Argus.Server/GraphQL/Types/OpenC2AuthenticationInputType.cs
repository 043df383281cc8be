using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL input <c>OpenC2AuthenticationInput</c>: write-only HTTP credentials.</summary>
public sealed class OpenC2AuthenticationInputType : InputObjectGraphType
{
    public OpenC2AuthenticationInputType()
    {
        Name = "OpenC2AuthenticationInput";
        this.SetAccess(AccessRequirement.AnyCaller); // the root field that takes this input decides
        Description = "HTTP authentication for an actuator. Stored encrypted; never returned.";
        Field<NonNullGraphType<OpenC2AuthenticationKindType>>("kind");
        Field<StringGraphType>("bearerToken").Description("The token (BEARER).");
        Field<StringGraphType>("basicUserName").Description("The user name (BASIC).");
        Field<StringGraphType>("basicPassword").Description("The password (BASIC).");
    }
}
