using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentReview.Service.Tests.Hosting;

namespace ContentReview.Service.Tests.Api;

/// <summary>/healthz and /metrics through the real host.</summary>
public sealed class HealthAndMetricsApiTests : IDisposable
{
    private readonly LexiconFolder _folder = TestRules.Standard();
    private readonly TestService _service;
    private readonly HttpClient _client;

    public HealthAndMetricsApiTests()
    {
        _service = new TestService(_folder);
        _client = _service.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _service.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Healthz_ReportsHealthyWithLexiconVersion()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(await HotReloadServiceTests.LexiconVersionAsync(_client), body.GetProperty("lexiconVersion").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lastReloadError").ValueKind);
    }

    [Fact]
    public void Healthz_WhileShuttingDown_Returns503Stopping()
    {
        var provider = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ContentReview.Service.Hosting.IReviewerProvider>(_service.Services);
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        var result = ContentReview.Service.Api.ApiEndpoints.Health(provider, new StoppingLifetime(stopping.Token));

        Assert.Equal(503, Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.IStatusCodeHttpResult>(result).StatusCode);
        var value = Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.IValueHttpResult>(result).Value;
        Assert.Equal("stopping", Assert.IsType<ContentReview.Service.Api.HealthDto>(value).Status);
    }

    private sealed class StoppingLifetime(CancellationToken stopping) : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => stopping;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    [Fact]
    public async Task Metrics_CountCallsByMethodTransportStatus_LatencyAndFindingsByCategory()
    {
        await _client.PostAsJsonAsync("/api/review", new { text = "国土资源部和农业部庆祝建党100年" });
        await _client.PostAsJsonAsync("/api/review", new { text = "国土资源部" });
        await _client.PostAsJsonAsync("/api/review", new { text = "" });
        await _client.GetAsync("/api/lexicon");

        var response = await _client.GetAsync("/metrics");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("0.0.4", response.Content.Headers.ContentType?.Parameters.Single(p => p.Name == "version").Value);
        Assert.Contains("# TYPE contentreview_calls_total counter", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_calls_total{method=\"Review\",status=\"200\",transport=\"http\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_calls_total{method=\"Review\",status=\"400\",transport=\"http\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_calls_total{method=\"GetLexiconInfo\",status=\"200\",transport=\"http\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE contentreview_call_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_call_duration_seconds_bucket{method=\"Review\",status=\"200\",transport=\"http\",le=\"+Inf\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_call_duration_seconds_count{method=\"Review\",status=\"200\",transport=\"http\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_findings_total{category=\"agency-name\",severity=\"error\"} 3\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_findings_total{category=\"political-term\",severity=\"warning\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("contentreview_lexicon_rules{category=\"agency-name\"} 2\n", text, StringComparison.Ordinal);
        Assert.Matches("contentreview_lexicon_info\\{generation=\"0\",version=\"[^\"]+\"\\} 1\n", text);
    }
}
