using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL input <c>CreateOpenC2ActuatorInput</c>.</summary>
public sealed class CreateOpenC2ActuatorInputType : InputObjectGraphType
{
    public CreateOpenC2ActuatorInputType()
    {
        Name = "CreateOpenC2ActuatorInput";
        Description = "A new OpenC2 actuator of the caller's organisation.";
        this.SetAccess(AccessRequirement.AnyCaller); // the root field that takes this input decides
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique within the organisation, at most 100 characters.");
        Field<NonNullGraphType<StringGraphType>>("endpoint").Description("https://host[:port]: no user info, path, query or fragment.");
        Field<NonNullGraphType<OpenC2ActuatorEnvironmentType>>("environment");
        ActuatorInputFields.AddOptional(this);
    }
}
