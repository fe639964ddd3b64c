using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentReview.Service.Tests.Hosting;

namespace ContentReview.Service.Tests.Api;

/// <summary>The per-key (here: per-client, no keys configured) rate limit on the JSON API.</summary>
public sealed class RateLimitApiTests
{
    [Fact]
    public async Task Review_OverTheRateLimit_Returns429WithRetryAfter()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder, new Dictionary<string, string?>
        {
            ["ContentReview:RateLimit:PermitsPerSecond"] = "0.1",
            ["ContentReview:RateLimit:Burst"] = "2",
        });
        using var client = service.CreateClient();

        var first = await client.PostAsJsonAsync("/api/review", new { text = "国土资源部" });
        var second = await client.PostAsJsonAsync("/api/review", new { text = "国土资源部" });
        var third = await client.PostAsJsonAsync("/api/review", new { text = "国土资源部" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.True(third.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var problem = await third.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        // Health stays reachable for the load balancer.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Review_NoRateLimitConfigured_IsNeverLimited()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder);
        using var client = service.CreateClient();

        for (int i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/review", new { text = "你好" })).StatusCode);
        }
    }
}
