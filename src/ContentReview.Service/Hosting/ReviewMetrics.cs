using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContentReview.Service.Hosting;

/// <summary>
/// The service's metrics, on the <see cref="Meter"/> named <see cref="MeterName"/> (System.Diagnostics.Metrics; any
/// listener or OpenTelemetry can collect them; the service itself serves them in Prometheus text format at
/// <c>/metrics</c>). One singleton per host, shared by every transport.
/// </summary>
/// <remarks>
/// Instruments: <c>contentreview.calls</c> (counter; tags <c>method</c>, <c>transport</c>, <c>status</c>),
/// <c>contentreview.call.duration</c> (histogram in seconds; same tags), <c>contentreview.findings</c> (counter; tags
/// <c>category</c>, <c>severity</c>), <c>contentreview.lexicon.reloads</c> (counter; tag <c>outcome</c>),
/// <c>contentreview.lexicon.rules</c> (gauge; tag <c>category</c>) and <c>contentreview.lexicon.info</c> (gauge, always
/// 1; tags <c>version</c>, <c>generation</c>).
/// </remarks>
public sealed class ReviewMetrics
{
    /// <summary>The meter's name: <c>ContentReview</c>.</summary>
    public const string MeterName = "ContentReview";

    /// <summary>The <c>transport</c> tag of calls over the JSON API.</summary>
    public const string HttpTransport = "http";

    /// <summary>The <c>transport</c> tag of calls over gRPC.</summary>
    public const string GrpcTransport = "grpc";

    // Review latency is usually well under a millisecond for a short text and tens of milliseconds for a long page;
    // the default OpenTelemetry boundaries (0, 5, 10, … 10000) would put nearly every call in the first bucket.
    private static readonly double[] DurationBoundaries =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly string[] SeverityNames = ["info", "warning", "error"];

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _findings;
    private readonly Counter<long> _reloads;
    private Func<ReviewerSnapshot?> _lexicon = () => null;

    /// <summary>Creates the metrics on a meter from <paramref name="meterFactory"/>.</summary>
    /// <param name="meterFactory">The host's meter factory (so test hosts in one process do not mix their figures).</param>
    public ReviewMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(new MeterOptions(MeterName));
        _calls = Meter.CreateCounter<long>("contentreview.calls", "{call}",
            "Review service calls, by method, transport and final status.");
        _duration = Meter.CreateHistogram("contentreview.call.duration", "s",
            "Time from receiving a call to sending its response, by method, transport and final status.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBoundaries });
        _findings = Meter.CreateCounter<long>("contentreview.findings", "{finding}",
            "Findings reported to callers, by category and severity.");
        _reloads = Meter.CreateCounter<long>("contentreview.lexicon.reloads", "{reload}",
            "Lexicon reloads, by outcome (success or refused).");
        Meter.CreateObservableGauge("contentreview.lexicon.rules", ObserveRuleCounts, "{rule}",
            "Rules in the lexicon in service, by category.");
        Meter.CreateObservableGauge("contentreview.lexicon.info", ObserveLexiconInfo, null,
            "Always 1; the tags name the lexicon version in service and its generation (reloads since start).");
    }

    /// <summary>The meter all instruments live on.</summary>
    public Meter Meter { get; }

    /// <summary>Records one finished call.</summary>
    /// <param name="method">The method, as the proto names it: <c>Review</c>, <c>ReviewBatch</c>, <c>GetLexiconInfo</c>, …</param>
    /// <param name="transport"><see cref="HttpTransport"/> or <see cref="GrpcTransport"/>.</param>
    /// <param name="status">
    /// The final status: the gRPC status code name for gRPC (<c>OK</c>, <c>INVALID_ARGUMENT</c>, …), the HTTP status
    /// code for the JSON API (<c>200</c>, <c>400</c>, …).
    /// </param>
    /// <param name="elapsed">From receiving the call to sending the response.</param>
    public void RecordCall(string method, string transport, string status, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "method", method },
            { "transport", transport },
            { "status", status },
        };
        _calls.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Counts the findings of one review by category and severity.</summary>
    /// <param name="findings">The findings returned to the caller.</param>
    public void RecordFindings(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            int severity = (int)finding.Severity;
            _findings.Add(1,
                new KeyValuePair<string, object?>("category", finding.Category),
                new KeyValuePair<string, object?>("severity",
                    (uint)severity < SeverityNames.Length ? SeverityNames[severity] : finding.Severity.ToString()));
        }
    }

    /// <summary>Counts one reload.</summary>
    /// <param name="succeeded">Whether the new lexicon went into service.</param>
    internal void RecordReload(bool succeeded) =>
        _reloads.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "refused"));

    /// <summary>Tells the lexicon gauges where the reviewer in service is.</summary>
    /// <param name="current">Returns the snapshot in service, or <c>null</c> before the first load.</param>
    internal void ObserveLexicon(Func<ReviewerSnapshot?> current) => _lexicon = current;

    private IEnumerable<Measurement<int>> ObserveRuleCounts()
    {
        if (_lexicon() is not { } snapshot)
        {
            return [];
        }

        return snapshot.Reviewer.Lexicon.RuleCountsByCategory
            .Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("category", p.Key)));
    }

    private IEnumerable<Measurement<int>> ObserveLexiconInfo()
    {
        if (_lexicon() is not { } snapshot)
        {
            return [];
        }

        return
        [
            new Measurement<int>(1,
                new KeyValuePair<string, object?>("version", snapshot.Version),
                new KeyValuePair<string, object?>("generation", snapshot.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ];
    }
}
