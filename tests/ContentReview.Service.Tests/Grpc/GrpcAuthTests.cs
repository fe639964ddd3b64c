using System.Security.Cryptography;
using System.Text;
using ContentReview.Service.Grpc.V1;
using ContentReview.Service.Security;
using Grpc.Health.V1;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>A host with API keys configured: one review key, one admin key (given as a SHA-256), one rate-limited key.</summary>
public sealed class GrpcAuthFixture : IAsyncLifetime
{
    public const string ReviewKey = "review-key-0123456789abcdef";
    public const string AdminKey = "admin-key-0123456789abcdef";
    public const string LimitedKey = "limited-key-0123456789abcdef";

    public GrpcTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GrpcTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["ContentReview:ApiKeys:0:Id"] = "cms",
        ["ContentReview:ApiKeys:0:Key"] = ReviewKey,
        ["ContentReview:ApiKeys:1:Id"] = "ops",
        ["ContentReview:ApiKeys:1:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AdminKey))),
        ["ContentReview:ApiKeys:1:Roles:0"] = "admin",
        ["ContentReview:ApiKeys:2:Id"] = "slow",
        ["ContentReview:ApiKeys:2:Key"] = LimitedKey,
        ["ContentReview:ApiKeys:2:PermitsPerSecond"] = "0.01",
        ["ContentReview:ApiKeys:2:Burst"] = "2",
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>API keys and per-key rate limits over gRPC.</summary>
public sealed class GrpcAuthTests(GrpcAuthFixture fixture) : IClassFixture<GrpcAuthFixture>
{
    private const string Reload = "/contentreview.v1.ContentReviewService/ReloadLexicon";

    private static Dictionary<string, string> Bearer(string key) => new() { ["authorization"] = "Bearer " + key };

    [Fact]
    public async Task Review_NoKey_UnauthenticatedTrailersOnly()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部" });

        Assert.Equal(16, result.StatusCode);
        Assert.True(result.TrailersOnly);
        Assert.Contains("API key is required", result.StatusMessage, StringComparison.Ordinal);
        Assert.Equal("API_KEY_MISSING", result.StatusDetails!.Details.Single().Unpack<Google.Rpc.ErrorInfo>().Reason);
    }

    [Fact]
    public async Task Review_WrongKey_Unauthenticated_KeyNotEchoed()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部" }, Bearer("not-a-key-0123456789abcdef"));

        Assert.Equal(16, result.StatusCode);
        Assert.DoesNotContain("not-a-key", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BearerKey_Ok()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部" }, Bearer(GrpcAuthFixture.ReviewKey));

        Assert.Equal(0, result.StatusCode);
        Assert.Single(result.Message(ReviewResponse.Parser).Findings);
    }

    [Fact]
    public async Task Review_XApiKeyHeader_Ok()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部" }, new Dictionary<string, string> { ["x-api-key"] = GrpcAuthFixture.ReviewKey });

        Assert.Equal(0, result.StatusCode);
    }

    [Fact]
    public async Task Review_AdminKey_AlsoReviews()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部" }, Bearer(GrpcAuthFixture.AdminKey));

        Assert.Equal(0, result.StatusCode);
    }

    [Fact]
    public async Task Batch_NoKey_Unauthenticated()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.ReviewBatch, [new ReviewRequest { Text = "国土资源部" }]);

        Assert.Equal(16, result.StatusCode);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public async Task ReloadLexicon_ReviewKey_PermissionDenied()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(Reload, new ReloadLexiconRequest(), Bearer(GrpcAuthFixture.ReviewKey));

        Assert.Equal(7, result.StatusCode);
        Assert.Contains("'cms'", result.StatusMessage, StringComparison.Ordinal);
        Assert.Contains("admin", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadLexicon_NoKey_Unauthenticated()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(Reload, new ReloadLexiconRequest());

        Assert.Equal(16, result.StatusCode);
    }

    [Fact]
    public async Task ReloadLexicon_AdminKey_Ok()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(Reload, new ReloadLexiconRequest(), Bearer(GrpcAuthFixture.AdminKey));

        Assert.Equal(0, result.StatusCode);
        var response = result.Message(ReloadLexiconResponse.Parser);
        Assert.Equal(response.PreviousVersion, response.LexiconVersion);
    }

    [Fact]
    public async Task Health_NeedsNoKey()
    {
        using var client = fixture.Host.CreateClient();
        var result = await client.CallAsync(GrpcTransportTests.HealthCheck, new HealthCheckRequest());

        Assert.Equal(0, result.StatusCode);
    }

    [Fact]
    public async Task RateLimit_PerKey_ResourceExhaustedWithRetryInfo_OtherKeysUnaffected()
    {
        using var client = fixture.Host.CreateClient();
        var request = new ReviewRequest { Text = "国土资源部" };

        // Burst 2 at 0.01 per second: two calls pass, the third is refused.
        var first = await client.CallAsync(GrpcTransportTests.Review, request, Bearer(GrpcAuthFixture.LimitedKey));
        var second = await client.CallAsync(GrpcTransportTests.Review, request, Bearer(GrpcAuthFixture.LimitedKey));
        var third = await client.CallAsync(GrpcTransportTests.Review, request, Bearer(GrpcAuthFixture.LimitedKey));
        var otherKey = await client.CallAsync(GrpcTransportTests.Review, request, Bearer(GrpcAuthFixture.ReviewKey));

        Assert.Equal([0, 0, 8, 0], new[] { first.StatusCode, second.StatusCode, third.StatusCode, otherKey.StatusCode });
        var details = third.StatusDetails!.Details;
        Assert.Equal("RATE_LIMITED", details.Single(d => d.Is(Google.Rpc.ErrorInfo.Descriptor)).Unpack<Google.Rpc.ErrorInfo>().Reason);
        var retry = details.Single(d => d.Is(Google.Rpc.RetryInfo.Descriptor)).Unpack<Google.Rpc.RetryInfo>();
        Assert.True(retry.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
    }
}

/// <summary>The authenticator and the rate limiter as units.</summary>
public sealed class ApiKeySecurityTests
{
    private static ApiKeyAuthenticator Authenticator(params ApiKeyEntry[] keys)
    {
        var options = new ApiKeySecurityOptions();
        foreach (var key in keys)
        {
            options.ApiKeys.Add(key);
        }

        return new ApiKeyAuthenticator(new StaticOptionsMonitor(options));
    }

    [Fact]
    public void NoKeysConfigured_EverythingAllowed()
    {
        var auth = Authenticator();

        Assert.False(auth.Enabled);
        Assert.Equal(AuthOutcome.Allowed, auth.Authenticate(null, ApiRole.Admin, out var id));
        Assert.Null(id);
    }

    public static TheoryData<string, string?, ApiRole, AuthOutcome, string?> Cases => new()
    {
        { "auth-missing", null, ApiRole.Review, AuthOutcome.Unauthenticated, null },
        { "auth-empty", "", ApiRole.Review, AuthOutcome.Unauthenticated, null },
        { "auth-unknown", "zzzzzzzzzzzzzzzzzzzz", ApiRole.Review, AuthOutcome.Unauthenticated, null },
        { "auth-prefix", "review-key-01234567", ApiRole.Review, AuthOutcome.Unauthenticated, null },
        { "auth-review", "review-key-0123456789", ApiRole.Review, AuthOutcome.Allowed, "cms" },
        { "auth-review-admin", "review-key-0123456789", ApiRole.Admin, AuthOutcome.PermissionDenied, "cms" },
        { "auth-admin-review", "admin-key-0123456789", ApiRole.Review, AuthOutcome.Allowed, "ops" },
        { "auth-admin", "admin-key-0123456789", ApiRole.Admin, AuthOutcome.Allowed, "ops" },
        { "auth-hashed", "hashed-key-0123456789", ApiRole.Review, AuthOutcome.Allowed, "hashed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Authenticate(string caseId, string? key, ApiRole role, AuthOutcome expected, string? expectedId)
    {
        var auth = Authenticator(
            new ApiKeyEntry { Id = "cms", Key = "review-key-0123456789" },
            new ApiKeyEntry { Id = "ops", Key = "admin-key-0123456789", Roles = ["Admin"] },
            new ApiKeyEntry { Id = "hashed", KeySha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("hashed-key-0123456789"))).ToLowerInvariant() });

        var outcome = auth.Authenticate(key, role, out var id);

        Assert.True(expected == outcome, $"{caseId}: {outcome}");
        Assert.Equal(expectedId, id);
    }

    public static TheoryData<string, ApiKeyEntry, string> BadConfigurations => new()
    {
        { "cfg-no-id", new ApiKeyEntry { Key = "0123456789abcdef0" }, "ContentReview:ApiKeys:0:Id is required" },
        { "cfg-short", new ApiKeyEntry { Id = "a", Key = "k3y" }, "shorter than 16" },
        { "cfg-both", new ApiKeyEntry { Id = "a", Key = "0123456789abcdef0", KeySha256 = new string('0', 64) }, "exactly one of Key and KeySha256" },
        { "cfg-none", new ApiKeyEntry { Id = "a" }, "exactly one of Key and KeySha256" },
        { "cfg-bad-hash", new ApiKeyEntry { Id = "a", KeySha256 = "abc" }, "64 hex digits" },
        { "cfg-bad-role", new ApiKeyEntry { Id = "a", Key = "0123456789abcdef0", Roles = ["root"] }, "unknown role 'root'" },
    };

    [Theory]
    [MemberData(nameof(BadConfigurations))]
    public void BadConfiguration_FailsNamingTheSetting_NeverTheSecret(string caseId, ApiKeyEntry entry, string expected)
    {
        var options = new ApiKeySecurityOptions();
        options.ApiKeys.Add(entry);

        var result = new ApiKeySecurityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed, caseId);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        if (entry.Key is { Length: > 0 } secret)
        {
            Assert.DoesNotContain(secret, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DuplicateIds_Fail()
    {
        var options = new ApiKeySecurityOptions();
        options.ApiKeys.Add(new ApiKeyEntry { Id = "a", Key = "0123456789abcdef0" });
        options.ApiKeys.Add(new ApiKeyEntry { Id = "a", Key = "0123456789abcdef1" });

        Assert.Contains("used by another key", new ApiKeySecurityOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("authorization", "Bearer abc", "abc")]
    [InlineData("authorization", "bearer   abc  ", "abc")]
    [InlineData("authorization", "Basic abc", null)]
    [InlineData("x-api-key", " abc ", "abc")]
    [InlineData("x-other", "abc", null)]
    public void ApiKeyHeaders_Read(string header, string value, string? expected)
    {
        var headers = new Microsoft.AspNetCore.Http.HeaderDictionary { [header] = value };

        Assert.Equal(expected, ApiKeyHeaders.Read(headers));
    }

    [Fact]
    public void RateLimiter_NoLimitConfigured_NeverRefuses()
    {
        using var limiter = new ApiKeyRateLimiter(new StaticOptionsMonitor(new ApiKeySecurityOptions()));

        Assert.All(Enumerable.Range(0, 1000), i => Assert.True(limiter.TryAcquire("key:a", out _)));
    }

    [Fact]
    public void RateLimiter_PartitionsAreIndependent()
    {
        var options = new ApiKeySecurityOptions { RateLimit = new RateLimitSettings { PermitsPerSecond = 0.01, Burst = 1 } };
        using var limiter = new ApiKeyRateLimiter(new StaticOptionsMonitor(options));

        Assert.True(limiter.TryAcquire("key:a", out _));
        Assert.False(limiter.TryAcquire("key:a", out var retryAfter));
        Assert.NotNull(retryAfter);
        Assert.True(limiter.TryAcquire("key:b", out _));
    }

    private sealed class StaticOptionsMonitor(ApiKeySecurityOptions value) : IOptionsMonitor<ApiKeySecurityOptions>
    {
        public ApiKeySecurityOptions CurrentValue => value;

        public ApiKeySecurityOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ApiKeySecurityOptions, string?> listener) => null;
    }
}
