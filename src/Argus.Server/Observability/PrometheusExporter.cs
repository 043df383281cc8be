using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Argus.Server.Observability;

/// <summary>Aggregates this host's <see cref="System.Diagnostics.Metrics"/> instruments (counters and histograms of
/// <c>Argus.*</c> meters made by its <see cref="IMeterFactory"/>) and renders them in the Prometheus text format 0.0.4.</summary>
public sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] Bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly IMeterFactory _scope;
    private readonly ConcurrentDictionary<Instrument, ConcurrentDictionary<string, Series>> _series = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        _scope = meterFactory;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, _scope) && instrument.Meter.Name.StartsWith("Argus.", StringComparison.Ordinal)
                && instrument is Counter<long> or Histogram<double>)
            {
                _series.TryAdd(instrument, new ConcurrentDictionary<string, Series>());
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Series(instrument, tags).Add(value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Series(instrument, tags).Observe(value, Bounds));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>All series in the Prometheus text exposition format.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        foreach (var (instrument, series) in _series.OrderBy(p => p.Key.Name, StringComparer.Ordinal))
        {
            var isHistogram = instrument is Histogram<double>;
            var name = isHistogram ? instrument.Name : instrument.Name + "_total";
            text.Append("# HELP ").Append(name).Append(' ').Append(instrument.Description).Append('\n');
            text.Append("# TYPE ").Append(name).Append(isHistogram ? " histogram\n" : " counter\n");
            foreach (var (labels, values) in series.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                values.Render(text, name, labels, isHistogram, Bounds);
            }
        }

        return text.ToString();
    }

    private Series Series(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new StringBuilder();
        foreach (var tag in tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            labels.Append(labels.Length == 0 ? "" : ",").Append(tag.Key).Append("=\"")
                .Append(Escape(Convert.ToString(tag.Value, CultureInfo.InvariantCulture))).Append('"');
        }

        return _series[instrument].GetOrAdd(labels.ToString(), _ => new Series(Bounds.Length));
    }

    private static string Escape(string? value) =>
        (value ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
