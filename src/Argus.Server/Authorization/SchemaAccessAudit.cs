using System.Collections.Immutable;
using GraphQL.Types;

namespace Argus.Server.Authorization;

/// <summary>Lists the fields of a schema that declare no access requirement (and so are always denied).</summary>
public static class SchemaAccessAudit
{
    /// <summary>Every <c>Type.field</c> whose requirement is undeclared. The schema must be initialised.</summary>
    public static ImmutableArray<string> FindUndeclaredFields(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var undeclared = ImmutableArray.CreateBuilder<string>();
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                if (AccessMetadata.Resolve(schema, type, field) is null)
                {
                    undeclared.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        return undeclared.ToImmutable();
    }
}
