using System.Diagnostics.Metrics;

namespace Argus.Server.Observability;

/// <summary>The server's instruments. Names are already Prometheus names (see <see cref="PrometheusExporter"/>).</summary>
public sealed class ArgusMetrics
{
    public const string MeterName = "Argus.Server";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;

    public ArgusMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("argus_graphql_requests", description: "GraphQL requests by operation type and HTTP status.");
        _duration = meter.CreateHistogram<double>("argus_graphql_request_duration_seconds", unit: "s",
            description: "GraphQL request duration by operation type and HTTP status.");
    }

    /// <summary>Records one GraphQL request.</summary>
    /// <param name="operation"><c>query</c>, <c>mutation</c>, <c>subscription</c> or <c>none</c> (never executed).</param>
    /// <param name="statusCode">The HTTP status answered.</param>
    /// <param name="duration">Time from request read to response written.</param>
    public void RecordGraphQlRequest(string operation, int statusCode, TimeSpan duration)
    {
        var tags = new KeyValuePair<string, object?>[] { new("operation", operation), new("status", statusCode) };
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }
}
