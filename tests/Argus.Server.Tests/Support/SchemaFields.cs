using Argus.Server.Hosting;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.Support;

/// <summary>The server's real schema, built from its service registrations without starting a host.</summary>
public static class SchemaFields
{
    private static readonly Lazy<ISchema> LazySchema = new(Build);

    public static ISchema Schema => LazySchema.Value;

    /// <summary>Every root field as <c>Query.name</c> / <c>Mutation.name</c>.</summary>
    public static IEnumerable<(IObjectGraphType Root, FieldType Field)> RootFields()
    {
        foreach (var root in new[] { Schema.Query, Schema.Mutation, Schema.Subscription })
        {
            if (root is null)
            {
                continue;
            }

            foreach (var field in root.Fields)
            {
                yield return (root, field);
            }
        }
    }

    private static ISchema Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddArgusServer();
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
