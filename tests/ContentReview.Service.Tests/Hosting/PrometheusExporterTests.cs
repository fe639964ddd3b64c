using System.Diagnostics.Metrics;
using ContentReview.Service.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContentReview.Service.Tests.Hosting;

public sealed class PrometheusExporterTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Scrape_RendersCountersAndCumulativeHistogram()
    {
        var (metrics, exporter) = Create(_services);

        metrics.RecordCall("Review", ReviewMetrics.GrpcTransport, "OK", TimeSpan.FromMilliseconds(0.3));
        metrics.RecordCall("Review", ReviewMetrics.GrpcTransport, "OK", TimeSpan.FromMilliseconds(3));
        metrics.RecordCall("Review", ReviewMetrics.GrpcTransport, "INVALID_ARGUMENT", TimeSpan.FromMilliseconds(0.05));
        metrics.RecordFindings([Finding("privacy", Severity.Error), Finding("privacy", Severity.Error), Finding("typo", Severity.Info)]);
        string text = exporter.Scrape();

        Assert.Contains("contentreview_calls_total{method=\"Review\",status=\"OK\",transport=\"grpc\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_calls_total{method=\"Review\",status=\"INVALID_ARGUMENT\",transport=\"grpc\"} 1\n", text, StringComparison.Ordinal);
        const string series = "method=\"Review\",status=\"OK\",transport=\"grpc\"";
        Assert.Contains($"contentreview_call_duration_seconds_bucket{{{series},le=\"0.00025\"}} 0\n", text, StringComparison.Ordinal);
        Assert.Contains($"contentreview_call_duration_seconds_bucket{{{series},le=\"0.0005\"}} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"contentreview_call_duration_seconds_bucket{{{series},le=\"0.005\"}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains($"contentreview_call_duration_seconds_bucket{{{series},le=\"+Inf\"}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains($"contentreview_call_duration_seconds_count{{{series}}} 2\n", text, StringComparison.Ordinal);
        Assert.Matches($"contentreview_call_duration_seconds_sum\\{{{System.Text.RegularExpressions.Regex.Escape(series)}\\}} 0\\.0033\\d*\n", text);
        Assert.Contains("contentreview_findings_total{category=\"privacy\",severity=\"error\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_findings_total{category=\"typo\",severity=\"info\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE contentreview_findings_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("# HELP contentreview_calls_total ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_EscapesLabelValues()
    {
        var (metrics, exporter) = Create(_services);

        metrics.RecordCall("Re\"view\\\n", "http", "200", TimeSpan.Zero);

        Assert.Contains("method=\"Re\\\"view\\\\\\n\"", exporter.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_OnlySeesItsOwnHostsMeter()
    {
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var (mine, exporter) = Create(_services);
        var (theirs, _) = Create(other);

        theirs.RecordCall("Review", "grpc", "OK", TimeSpan.Zero);
        mine.RecordCall("ListRules", "grpc", "OK", TimeSpan.Zero);
        string text = exporter.Scrape();

        Assert.Contains("method=\"ListRules\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"Review\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.25, "0.25")]
    [InlineData(12.0, "12")]
    public void FormatValue_UsesPrometheusSpelling(double value, string expected) =>
        Assert.Equal(expected, PrometheusExporter.FormatValue(value));

    private static (ReviewMetrics, PrometheusExporter) Create(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        var exporter = new PrometheusExporter(factory);
        return (new ReviewMetrics(factory), exporter);
    }

    private static Finding Finding(string category, Severity severity) => new()
    {
        Start = 0,
        Length = 1,
        Text = "x",
        RuleId = "r",
        Category = category,
        Severity = severity,
        Message = "m",
    };
}
