using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentReview.Service.Security;
using ContentReview.Service.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContentReview.Service.Tests.Api;

/// <summary>API keys on the JSON API, through whatever IApiKeyAuthenticator the host registers.</summary>
public sealed class AuthApiTests : IDisposable
{
    private readonly LexiconFolder _folder = TestRules.Standard();
    private readonly TestService _service;
    private readonly HttpClient _client;

    public AuthApiTests()
    {
        _service = new TestService(_folder, services: s => s.AddSingleton<IApiKeyAuthenticator>(new FakeKeys()));
        _client = _service.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _service.Dispose();
        _folder.Dispose();
    }

    public static TheoryData<string, string, string, string?, string?, HttpStatusCode> Cases => new()
    {
        { "review-no-key", "POST", "/api/review", null, null, HttpStatusCode.Unauthorized },
        { "review-wrong-key", "POST", "/api/review", "X-Api-Key", "nope", HttpStatusCode.Unauthorized },
        { "review-review-key", "POST", "/api/review", "X-Api-Key", FakeKeys.Review, HttpStatusCode.OK },
        { "review-bearer", "POST", "/api/review", "Authorization", "Bearer " + FakeKeys.Review, HttpStatusCode.OK },
        { "review-admin-key", "POST", "/api/review", "X-Api-Key", FakeKeys.Admin, HttpStatusCode.OK },
        { "lexicon-no-key", "GET", "/api/lexicon", null, null, HttpStatusCode.Unauthorized },
        { "rules-review-key", "GET", "/api/rules", "X-Api-Key", FakeKeys.Review, HttpStatusCode.OK },
        { "reload-no-key", "POST", "/api/admin/reload", null, null, HttpStatusCode.Unauthorized },
        { "reload-review-key", "POST", "/api/admin/reload", "X-Api-Key", FakeKeys.Review, HttpStatusCode.Forbidden },
        { "reload-admin-key", "POST", "/api/admin/reload", "X-Api-Key", FakeKeys.Admin, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Call_WithKeys_IsCheckedByRole(
        string caseId, string method, string path, string? header, string? value, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST" && path == "/api/review")
        {
            request.Content = JsonContent.Create(new { text = "国土资源部" });
        }

        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        var response = await _client.SendAsync(request);

        Assert.True(expected == response.StatusCode, $"{caseId}: expected {expected}, got {response.StatusCode}");
        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
            // The problem never echoes the key.
            Assert.DoesNotContain("nope", problem.ToString(), StringComparison.Ordinal);
        }

        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task HealthMetricsAndPage_NeedNoKey()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
    }

    private sealed class FakeKeys : IApiKeyAuthenticator
    {
        public const string Review = "review-key-0123456789";
        public const string Admin = "admin-key-0123456789";

        public bool Enabled => true;

        public AuthOutcome Authenticate(string? presentedKey, ApiRole role, out string? keyId)
        {
            keyId = presentedKey switch
            {
                Review => "cms",
                Admin => "ops",
                _ => null,
            };
            return keyId switch
            {
                null => AuthOutcome.Unauthenticated,
                "cms" when role == ApiRole.Admin => AuthOutcome.PermissionDenied,
                _ => AuthOutcome.Allowed,
            };
        }
    }
}
