using System.Globalization;
using System.Text;

namespace Argus.Server.Observability;

/// <summary>One labelled series: a counter's total, or a histogram's buckets, sum and count.</summary>
internal sealed class Series(int bucketCount)
{
    private readonly long[] _buckets = new long[bucketCount];
    private readonly Lock _gate = new();
    private long _count;
    private double _sum;

    public void Add(long value)
    {
        lock (_gate)
        {
            _count += value;
        }
    }

    public void Observe(double value, double[] bounds)
    {
        lock (_gate)
        {
            _count++;
            _sum += value;
            for (var i = 0; i < bounds.Length; i++)
            {
                if (value <= bounds[i])
                {
                    _buckets[i]++;
                }
            }
        }
    }

    public void Render(StringBuilder text, string name, string labels, bool isHistogram, double[] bounds)
    {
        lock (_gate)
        {
            if (!isHistogram)
            {
                Line(text, name, labels, _count.ToString(CultureInfo.InvariantCulture));
                return;
            }

            var separator = labels.Length == 0 ? "" : ",";
            for (var i = 0; i < bounds.Length; i++)
            {
                Line(text, name + "_bucket", $"{labels}{separator}le=\"{bounds[i].ToString(CultureInfo.InvariantCulture)}\"",
                    _buckets[i].ToString(CultureInfo.InvariantCulture));
            }

            Line(text, name + "_bucket", $"{labels}{separator}le=\"+Inf\"", _count.ToString(CultureInfo.InvariantCulture));
            Line(text, name + "_sum", labels, _sum.ToString("R", CultureInfo.InvariantCulture));
            Line(text, name + "_count", labels, _count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Line(StringBuilder text, string name, string labels, string value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(value).Append('\n');
    }
}
