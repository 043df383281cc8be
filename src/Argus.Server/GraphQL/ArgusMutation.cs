using GraphQL.Types;

namespace Argus.Server.GraphQL;

/// <summary>The root mutation type. Each feature adds its fields from its own partial file
/// (<c>ArgusMutation.Validation.cs</c>, <c>ArgusMutation.Playbooks.cs</c>, …); every field declares its access.</summary>
public sealed partial class ArgusMutation : ObjectGraphType
{
    public ArgusMutation()
    {
        Name = "Mutation";
        AddValidationFields();
        AddActuatorFields();
        AddPlaybookFields();
        AddExecutionFields();
    }
}
