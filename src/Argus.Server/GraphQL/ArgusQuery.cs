using Argus.Server.Authorization;
using Argus.Server.GraphQL.Types;
using GraphQL.Types;

namespace Argus.Server.GraphQL;

/// <summary>The root query type. Each feature adds its fields from its own partial file
/// (<c>ArgusQuery.Caller.cs</c>, <c>ArgusQuery.Playbooks.cs</c>, …); every field declares its access.</summary>
public sealed partial class ArgusQuery : ObjectGraphType
{
    public ArgusQuery()
    {
        Name = "Query";
        AddCallerFields();
        AddActuatorFields();
        AddPlaybookFields();
        AddExecutionFields();
    }

    private void AddCallerFields()
    {
        Field<NonNullGraphType<CallerType>>("me")
            .Description("The authenticated caller, as the server sees the token.")
            .AllowsAnyCaller()
            .Resolve(context => context.GetCaller());
    }
}
