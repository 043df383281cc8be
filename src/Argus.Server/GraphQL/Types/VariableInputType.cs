using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL input <c>VariableInput</c>.</summary>
public sealed class VariableInputType : InputObjectGraphType<VariableInput>
{
    public VariableInputType()
    {
        Name = "VariableInput";
        Description = "A variable value by name: { name: \"__target__\", value: \"198.51.100.7\" }.";
        this.SetAccess(AccessRequirement.AnyCaller); // an argument's shape: the field taking it decides access
        Field<NonNullGraphType<StringGraphType>>("name").Description("The CACAO variable name in __name__ form.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value as text.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new VariableInput((string)value["name"]!, (string)value["value"]!); // both non-null by the field types
    }
}
