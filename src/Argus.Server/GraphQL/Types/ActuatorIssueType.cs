using Argus.Server.Authorization;
using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ActuatorIssue</c>: one problem with an actuator's input.</summary>
public sealed class ActuatorIssueType : ObjectGraphType<ActuatorIssue>
{
    public ActuatorIssueType()
    {
        Name = "OpenC2ActuatorIssue";
        Description = "One problem with an actuator's input; the message never repeats a secret.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field (name, endpoint, bearerToken, clientCertificate, …).")
            .Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code such as actuator.name.duplicate or actuator.endpoint.not_https.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}
