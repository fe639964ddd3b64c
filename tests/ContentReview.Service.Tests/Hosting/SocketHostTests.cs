using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ContentReview.Service.Hosting;

namespace ContentReview.Service.Tests.Hosting;

/// <summary>The service on a real Kestrel socket: the JSON API over TCP, and graceful shutdown.</summary>
public sealed class SocketHostTests
{
    [Fact]
    public async Task Socket_ReviewPageAndHealth_OverRealHttp()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder);
        service.StartOnSocket();
        using var client = service.CreateSocketClient();

        var review = await client.PostAsJsonAsync("/api/review", new { text = "根据国土资源部的通知", offsetUnit = "utf8" });
        var page = await client.GetAsync("/");
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(new Version(1, 1), review.Version);
        var finding = (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings")[0];
        Assert.Equal(6, finding.GetProperty("start").GetInt32());
        Assert.Equal(15, finding.GetProperty("length").GetInt32());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("内容审校", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Shutdown_InFlightCallCompletes_BeforeTheHostStops()
    {
        using var folder = TestRules.Standard();
        var gate = new GateCheck();
        var service = new TestService(folder,
            new Dictionary<string, string?> { ["ContentReview:ShutdownTimeout"] = "00:00:30" },
            services => services.AddSingleton<IConfigureReviewer>(gate));
        service.StartOnSocket();
        using var client = service.CreateSocketClient();
        var lifetime = service.Services.GetRequiredService<IHostApplicationLifetime>();

        var slow = client.PostAsJsonAsync("/api/review", new { text = "国土资源部" + GateCheck.Marker });
        await gate.WaitEnteredAsync();
        var stopping = service.DisposeAsync().AsTask(); // stops the host: Kestrel drains, then the host stops
        await WaitUntil(() => lifetime.ApplicationStopping.IsCancellationRequested);
        await Task.Delay(300);
        Assert.False(stopping.IsCompleted, "The host stopped while a call was still in flight.");

        gate.Release();
        var response = await slow;
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("agency-2018-guotuziyuanbu", body.GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Shutdown_ShutdownTimeoutOption_SetsHostOptions()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder,
            new Dictionary<string, string?> { ["ContentReview:ShutdownTimeout"] = "00:00:07" });
        using var client = service.CreateClient();

        var options = service.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(7), options.ShutdownTimeout);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out.");
            await Task.Delay(20);
        }
    }
}
