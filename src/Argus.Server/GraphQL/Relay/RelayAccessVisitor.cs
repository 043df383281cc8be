using Argus.Server.Authorization;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Utilities;

namespace Argus.Server.GraphQL.Relay;

/// <summary>Marks graphql-dotnet's Relay plumbing (<c>…Connection</c>, <c>…Edge</c>, <c>PageInfo</c>) as open to any
/// caller: they carry no data of their own, so access is decided at the field that returns the connection and
/// by the node type's own requirement.</summary>
internal sealed class RelayAccessVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type is PageInfoType || IsInstanceOfGeneric(type, typeof(ConnectionType<,>)) || IsInstanceOfGeneric(type, typeof(EdgeType<>)))
        {
            if (type.GetAccess() is null)
            {
                type.SetAccess(AccessRequirement.AnyCaller);
            }
        }
    }

    private static bool IsInstanceOfGeneric(IGraphType type, Type openGeneric)
    {
        for (var current = type.GetType(); current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return true;
            }
        }

        return false;
    }
}
