using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace ContentReview.Service.Hosting;

/// <summary>
/// Collects the <see cref="ReviewMetrics.MeterName"/> meter of this host with a <see cref="MeterListener"/> and renders
/// it in the Prometheus text exposition format (version 0.0.4).
/// </summary>
/// <remarks>
/// Written here rather than taken from OpenTelemetry because the package cannot be restored on the build machines and
/// the need is small: counters, up-down counters, gauges and one histogram. Aggregation is cumulative since start, as
/// Prometheus expects. Only meters created by this host's <see cref="IMeterFactory"/> are collected, so several hosts
/// in one process (tests) keep separate figures.
/// </remarks>
internal sealed class PrometheusExporter : IDisposable
{
    /// <summary>The content type of the text format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly double[] DefaultBoundaries =
        [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    private readonly MeterListener _listener;
    private readonly ConcurrentDictionary<Instrument, InstrumentState> _instruments = new();
    private readonly Lock _scrapeLock = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ReviewMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
                {
                    listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, InstrumentState.Create));
                }
            },
            MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentState? _),
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Renders every collected instrument.</summary>
    public string Scrape()
    {
        var text = new StringBuilder(4096);
        lock (_scrapeLock)
        {
            foreach (var state in _instruments.Values)
            {
                state.BeginObservation();
            }

            // Observable instruments report now, through the same callbacks.
            _listener.RecordObservableInstruments();
            foreach (var state in _instruments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                state.Render(text);
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    internal static string MetricName(Instrument instrument)
    {
        var name = new StringBuilder(instrument.Name.Length + 16);
        foreach (char c in instrument.Name)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? char.ToLowerInvariant(c) : '_');
        }

        string? unit = instrument.Unit switch
        {
            "s" => "seconds",
            "ms" => "milliseconds",
            "By" => "bytes",
            _ => null, // annotations such as {call} carry no unit
        };
        if (unit is not null && !name.ToString().EndsWith("_" + unit, StringComparison.Ordinal))
        {
            name.Append('_').Append(unit);
        }

        return name.ToString();
    }

    internal static string EscapeLabelValue(string value)
    {
        if (value.AsSpan().IndexOfAny('\\', '"', '\n') < 0)
        {
            return value;
        }

        return value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
    }

    internal static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>The labels of one series, sorted by name, rendered as <c>a="x",b="y"</c>.</summary>
    private static string LabelKey(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var sorted = tags.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var key = new StringBuilder();
        foreach (var tag in sorted)
        {
            if (key.Length > 0)
            {
                key.Append(',');
            }

            foreach (char c in tag.Key)
            {
                key.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
            }

            key.Append("=\"")
                .Append(EscapeLabelValue(Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? ""))
                .Append('"');
        }

        return key.ToString();
    }

    private enum Kind
    {
        Counter,
        Gauge,
        LastValueGauge,
        ObservedCounter,
        Histogram,
    }

    private sealed class InstrumentState
    {
        private readonly Kind _kind;
        private readonly string _help;
        private readonly double[] _boundaries;
        private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);

        // The same series, found from the tags themselves: every call records several measurements, and building the
        // label text (copy, sort, StringBuilder, string) for each cost more than the rest of the recording.
        private readonly ConcurrentDictionary<SeriesKey, Series> _byTags = new();

        private InstrumentState(string name, Kind kind, string help, double[] boundaries)
        {
            Name = name;
            _kind = kind;
            _help = help;
            _boundaries = boundaries;
        }

        public string Name { get; }

        public static InstrumentState Create(Instrument instrument)
        {
            string name = MetricName(instrument);
            var type = instrument.GetType();
            var generic = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            Kind kind =
                generic == typeof(Counter<>) ? Kind.Counter :
                generic == typeof(Histogram<>) ? Kind.Histogram :
                generic == typeof(UpDownCounter<>) ? Kind.Gauge :
                generic == typeof(ObservableCounter<>) ? Kind.ObservedCounter :
                Kind.LastValueGauge; // Gauge<T>, ObservableGauge<T>, ObservableUpDownCounter<T>
            if (kind is Kind.Counter or Kind.ObservedCounter && !name.EndsWith("_total", StringComparison.Ordinal))
            {
                name += "_total";
            }

            double[] boundaries = instrument is Histogram<double> { Advice.HistogramBucketBoundaries: { } advised }
                ? advised.ToArray()
                : DefaultBoundaries;
            string help = (instrument.Description ?? "").Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal);
            return new InstrumentState(name, kind, help, boundaries);
        }

        public void BeginObservation()
        {
            if (_kind is Kind.LastValueGauge or Kind.ObservedCounter)
            {
                // Observed series that are not reported again (a category with no rules left) must disappear.
                _series.Clear();
                _byTags.Clear();
            }
        }

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var tagKey = SeriesKey.From(tags);
            if (!_byTags.TryGetValue(tagKey, out var series))
            {
                series = _series.GetOrAdd(LabelKey(tags), static (_, count) => new Series(count), _boundaries.Length + 1);
                _byTags.TryAdd(tagKey, series);
            }

            lock (series)
            {
                switch (_kind)
                {
                    case Kind.Counter or Kind.Gauge:
                        series.Value += value;
                        break;
                    case Kind.LastValueGauge or Kind.ObservedCounter:
                        series.Value = value;
                        break;
                    case Kind.Histogram:
                        int bucket = Array.BinarySearch(_boundaries, value);
                        // Prometheus buckets are "less than or equal": a value on a boundary belongs to that bucket.
                        series.Buckets![bucket >= 0 ? bucket : ~bucket]++;
                        series.Value += value;
                        series.Count++;
                        break;
                }
            }
        }

        public void Render(StringBuilder text)
        {
            string type = _kind switch
            {
                Kind.Counter or Kind.ObservedCounter => "counter",
                Kind.Histogram => "histogram",
                _ => "gauge",
            };
            text.Append("# HELP ").Append(Name).Append(' ').Append(_help).Append('\n');
            text.Append("# TYPE ").Append(Name).Append(' ').Append(type).Append('\n');
            foreach (var (labels, series) in _series.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                lock (series)
                {
                    if (_kind != Kind.Histogram)
                    {
                        AppendSample(text, Name, labels, null, FormatValue(series.Value));
                        continue;
                    }

                    long cumulative = 0;
                    for (int i = 0; i < _boundaries.Length; i++)
                    {
                        cumulative += series.Buckets![i];
                        AppendSample(text, Name + "_bucket", labels, FormatValue(_boundaries[i]),
                            cumulative.ToString(CultureInfo.InvariantCulture));
                    }

                    AppendSample(text, Name + "_bucket", labels, "+Inf", series.Count.ToString(CultureInfo.InvariantCulture));
                    AppendSample(text, Name + "_sum", labels, null, FormatValue(series.Value));
                    AppendSample(text, Name + "_count", labels, null, series.Count.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        private static void AppendSample(StringBuilder text, string name, string labels, string? le, string value)
        {
            text.Append(name);
            if (labels.Length > 0 || le is not null)
            {
                text.Append('{').Append(labels);
                if (le is not null)
                {
                    text.Append(labels.Length > 0 ? "," : "").Append("le=\"").Append(le).Append('"');
                }

                text.Append('}');
            }

            text.Append(' ').Append(value).Append('\n');
        }
    }

    /// <summary>
    /// A series' identity without its label text: up to three tags as (name, value) pairs sorted by name, which is
    /// every instrument of this service; more tags fall back to the label text itself (<see cref="Labels"/>).
    /// </summary>
    private readonly record struct SeriesKey(
        string? Name0, string? Value0, string? Name1, string? Value1, string? Name2, string? Value2, string? Labels)
    {
        public static SeriesKey From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (tags.Length > 3)
            {
                return new SeriesKey(null, null, null, null, null, null, LabelKey(tags));
            }

            // At most three: sort by name in place of a copy (same order as LabelKey's).
            int a = 0, b = 1, c = 2;
            if (tags.Length > 1 && Later(tags, a, b))
            {
                (a, b) = (b, a);
            }

            if (tags.Length > 2)
            {
                if (Later(tags, b, c))
                {
                    (b, c) = (c, b);
                }

                if (Later(tags, a, b))
                {
                    (a, b) = (b, a);
                }
            }

            return new SeriesKey(
                Name(tags, a), Value(tags, a), Name(tags, b), Value(tags, b), Name(tags, c), Value(tags, c), null);
        }

        private static bool Later(ReadOnlySpan<KeyValuePair<string, object?>> tags, int x, int y) =>
            string.CompareOrdinal(tags[x].Key, tags[y].Key) > 0;

        private static string? Name(ReadOnlySpan<KeyValuePair<string, object?>> tags, int i) =>
            i < tags.Length ? tags[i].Key : null;

        private static string? Value(ReadOnlySpan<KeyValuePair<string, object?>> tags, int i) =>
            i >= tags.Length ? null
            : tags[i].Value as string ?? Convert.ToString(tags[i].Value, CultureInfo.InvariantCulture) ?? "";
    }

    private sealed class Series(int bucketCount)
    {
        public double Value;
        public long Count;
        public long[]? Buckets = new long[bucketCount];
    }
}
