using Argus.Server.GraphQL.Relay;
using GraphQL.Types;

namespace Argus.Server.GraphQL;

/// <summary>The Argus GraphQL schema. Field names follow the project seed (<c>cacaoPlaybooks</c>, <c>me</c>, …).</summary>
public sealed class ArgusSchema : Schema
{
    public ArgusSchema(IServiceProvider services, ArgusQuery query, ArgusMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        RegisterVisitor(new RelayAccessVisitor());
    }
}
