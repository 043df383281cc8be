using GraphQL;
using GraphQL.Types;

namespace Argus.Server.Tests.Support;

/// <summary>Writes a minimal valid operation selecting one root field: required arguments get placeholder values of
/// their type, and object results select <c>__typename</c>.</summary>
public static class OperationText
{
    public static string For(IObjectGraphType root, FieldType field, ISchema schema)
    {
        var keyword = ReferenceEquals(root, schema.Mutation) ? "mutation" : ReferenceEquals(root, schema.Subscription) ? "subscription" : "query";
        var arguments = (field.Arguments ?? new QueryArguments())
            .Where(a => a.ResolvedType is NonNullGraphType)
            .Select(a => $"{a.Name}: {Value(a.ResolvedType!)}")
            .ToList();
        var argumentText = arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")";
        var selection = field.ResolvedType!.GetNamedType() is IComplexGraphType or UnionGraphType ? " { __typename }" : "";
        return $"{keyword} {{ {field.Name}{argumentText}{selection} }}";
    }

    private static string Value(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Value(nonNull.ResolvedType!),
        ListGraphType list => "[" + Value(list.ResolvedType!) + "]",
        IdGraphType => "\"placeholder-id\"",
        StringGraphType => "\"{}\"",
        IntGraphType => "1",
        FloatGraphType => "1.0",
        BooleanGraphType => "true",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType input => "{" + string.Join(", ", input.Fields
            .Where(f => f.ResolvedType is NonNullGraphType)
            .Select(f => $"{f.Name}: {Value(f.ResolvedType!)}")) + "}",
        _ => "\"placeholder\"",
    };
}
