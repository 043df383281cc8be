using System.ComponentModel.DataAnnotations;

namespace Argus.Server.Hosting;

/// <summary>Bounds on what one request may ask of the server.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Argus:Limits";

    /// <summary>The largest request body accepted.</summary>
    /// <value>Default 4 MiB: a large playbook as a JSON string inside a GraphQL request.</value>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The deepest selection nesting accepted.</summary>
    /// <value>Default 15, enough for GraphiQL's introspection query.</value>
    [Range(2, 100)]
    public int MaxQueryDepth { get; set; } = 15;

    /// <summary>The highest complexity (graphql-dotnet's field-impact sum) accepted.</summary>
    /// <value>Default 2000.</value>
    [Range(10, 1_000_000)]
    public int MaxQueryComplexity { get; set; } = 2000;

    /// <summary>Requests one token (subject + organisation) may make per minute; anonymous callers are limited per address.</summary>
    /// <value>Default 600.</value>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 600;
}
