using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentReview.Service.Tests.Grpc;
using Microsoft.Extensions.Logging;

namespace ContentReview.Service.Tests.Hosting;

/// <summary>
/// Which HTTP versions each port speaks, over real sockets: the cleartext page/JSON port is HTTP/1.1 (said once at
/// start, no Kestrel warning); HTTP/2 clients with prior knowledge (h2c) get the JSON API, page, health and metrics on
/// the gRPC port; with a certificate the page/JSON port negotiates HTTP/2 by ALPN.
/// </summary>
public sealed class HttpProtocolTests
{
    private static HttpClient Http2Only(HttpMessageHandler? handler = null) => new(handler ?? new SocketsHttpHandler())
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    [Fact]
    public async Task HttpEndpoint_Cleartext_SpeaksHttp11AndSaysSoOnceWithoutWarning()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder);
        var address = service.StartOnSocket();
        using var http1 = service.CreateSocketClient();
        using var http2 = Http2Only();

        var review = await http1.PostAsJsonAsync("/api/review", new { text = "根据国土资源部的通知" });

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(HttpVersion.Version11, review.Version);
        // Prior-knowledge HTTP/2 is not served on a cleartext HTTP/1.1 port (Kestrel drops the connection).
        await Assert.ThrowsAsync<HttpRequestException>(() => http2.GetAsync(new Uri(address, "/healthz")));
        var notes = service.Logs.Entries.Where(e => e.Category.EndsWith(".CleartextEndpoints", StringComparison.Ordinal)).ToList();
        var note = Assert.Single(notes);
        Assert.Equal(LogLevel.Information, note.Level);
        Assert.Contains("HTTP/1.1 only", note.Message, StringComparison.Ordinal);
        Assert.Contains(address.Authority, note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(service.Logs.Entries, e => e.Message.Contains("HTTP/2 is not enabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GrpcEndpoint_H2cPriorKnowledge_ServesJsonApiPageHealthAndMetrics()
    {
        await using var host = await GrpcTestHost.StartAsync();
        using var client = Http2Only();
        client.BaseAddress = host.GrpcAddress;

        var review = await client.PostAsJsonAsync("/api/review", new { text = "根据国土资源部的通知", offsetUnit = "utf8" });
        var page = await client.GetAsync("/");
        var health = await client.GetAsync("/healthz");
        var metrics = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(HttpVersion.Version20, review.Version);
        var finding = (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings")[0];
        Assert.Equal("国土资源部", finding.GetProperty("text").GetString());
        Assert.Equal(6, finding.GetProperty("start").GetInt32());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("内容审校", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.All([page, health, metrics], r => Assert.Equal(HttpVersion.Version20, r.Version));
        Assert.Contains("contentreview_calls_total{method=\"Review\",status=\"200\",transport=\"http\"} 1",
            await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpEndpoint_WithCertificate_NegotiatesHttp2AndHttp11ByAlpn()
    {
        await using var tls = await TlsTestHost.StartAsync("Http");
        using var http2 = Http2Only(tls.TrustingHandler());
        using var http1 = new HttpClient(tls.TrustingHandler())
        {
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        var uri = new Uri($"https://127.0.0.1:{tls.Port}/api/review");

        var over2 = await http2.PostAsJsonAsync(uri, new { text = "根据国土资源部的通知" });
        var over1 = await http1.PostAsJsonAsync(uri, new { text = "根据国土资源部的通知" });

        Assert.Equal(HttpStatusCode.OK, over2.StatusCode);
        Assert.Equal(HttpVersion.Version20, over2.Version);
        Assert.Equal(HttpStatusCode.OK, over1.StatusCode);
        Assert.Equal(HttpVersion.Version11, over1.Version);
    }
}
