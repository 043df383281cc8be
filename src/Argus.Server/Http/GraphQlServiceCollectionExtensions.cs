using Argus.Server.Authorization;
using Argus.Server.GraphQL;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Http;

/// <summary>Registers the schema, its graph types, the executer and the serializer.</summary>
public static class GraphQlServiceCollectionExtensions
{
    public static IServiceCollection AddArgusGraphQL(this IServiceCollection services)
    {
        // Every concrete graph type of this assembly (the schema resolves types from the container).
        foreach (var type in typeof(ArgusSchema).Assembly.GetTypes()
                     .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IGraphType).IsAssignableFrom(t)))
        {
            services.AddSingleton(type);
        }

        services.AddSingleton(typeof(ConnectionType<>));
        services.AddSingleton(typeof(ConnectionType<,>));
        services.AddSingleton(typeof(EdgeType<>));
        services.AddSingleton<PageInfoType>();
        services.AddSingleton<ArgusSchema>();
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<ArgusSchema>());
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IGraphQLTextSerializer>(_ => new GraphQLSerializer(new ErrorInfoProvider(new ErrorInfoProviderOptions
        {
            ExposeExceptionDetails = false,
            ExposeData = false,
            ExposeCode = true,
            ExposeCodes = false,
        })));
        services.AddSingleton<GraphQlEndpoint>();
        services.AddHostedService<SchemaAccessStartupCheck>();
        return services;
    }
}
