using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Argus.Server.Http;

/// <summary>Depth and complexity limits (graphql-dotnet's <see cref="ComplexityValidationRule"/>).</summary>
internal static class QueryCostRules
{
    // Introspection reads the in-memory schema; at the default list multiplier GraphiQL's own introspection query
    // scores in the hundreds of thousands. It stays cheap but not free, so aliasing it many times still hits the limit.
    private const double IntrospectionFieldImpact = 0.1;

    public static IValidationRule Create(int maxDepth, int maxComplexity)
    {
        var options = new ComplexityOptions { MaxDepth = maxDepth, MaxComplexity = maxComplexity };
        var regular = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
            || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(IntrospectionFieldImpact, 1)
                : regular(context);
        return new ComplexityValidationRule(options);
    }
}
