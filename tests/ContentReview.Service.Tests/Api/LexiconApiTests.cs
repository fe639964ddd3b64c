using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentReview.Service.Tests.Hosting;

namespace ContentReview.Service.Tests.Api;

/// <summary>GET /api/lexicon and GET /api/rules.</summary>
public sealed class LexiconApiTests : IDisposable
{
    private readonly LexiconFolder _folder = TestRules.Standard();
    private readonly TestService _service;
    private readonly HttpClient _client;

    public LexiconApiTests()
    {
        _service = new TestService(_folder, new Dictionary<string, string?> { ["ContentReview:Api:DefaultRulesPageSize"] = "2" });
        _client = _service.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _service.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Lexicon_ReturnsVersionAndCountsByCategory()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/lexicon");

        Assert.False(string.IsNullOrEmpty(body.GetProperty("version").GetString()));
        Assert.Equal(5, body.GetProperty("ruleCount").GetInt32());
        var counts = body.GetProperty("ruleCountsByCategory");
        Assert.Equal(2, counts.GetProperty("agency-name").GetInt32());
        Assert.Equal(1, counts.GetProperty("political-term").GetInt32());
        Assert.Equal(1, counts.GetProperty("confusable").GetInt32());
        Assert.Equal(1, counts.GetProperty("secret").GetInt32());
        var categories = body.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("privacy", categories);
        Assert.Equal(0, body.GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task Rules_ArePagedInLoadOrder()
    {
        var page1 = await _client.GetFromJsonAsync<JsonElement>("/api/rules");
        var page3 = await _client.GetFromJsonAsync<JsonElement>("/api/rules?page=3");
        var beyond = await _client.GetFromJsonAsync<JsonElement>("/api/rules?page=9");
        var big = await _client.GetFromJsonAsync<JsonElement>("/api/rules?pageSize=10");

        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        Assert.Equal(5, page1.GetProperty("totalSize").GetInt32());
        Assert.Equal(3, page1.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, page1.GetProperty("rules").GetArrayLength());
        Assert.Equal(1, page3.GetProperty("rules").GetArrayLength());
        Assert.Equal(0, beyond.GetProperty("rules").GetArrayLength());
        var ids = big.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(ids[..2], page1.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var rule = big.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("id").GetString() == "agency-2018-guotuziyuanbu");
        Assert.Equal("error", rule.GetProperty("severity").GetString());
        Assert.Equal(["国土资源部"], rule.GetProperty("patterns").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("agency.yaml", rule.GetProperty("file").GetString());
    }

    [Fact]
    public async Task Rules_FilterByCategory()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/rules?category=agency-name&pageSize=50");

        Assert.Equal(2, body.GetProperty("totalSize").GetInt32());
        Assert.All(body.GetProperty("rules").EnumerateArray(),
            r => Assert.Equal("agency-name", r.GetProperty("category").GetString()));
    }

    [Theory]
    [InlineData("category=no-such", "category")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=-1", "pageSize")]
    public async Task Rules_InvalidQuery_Returns400NamingTheParameter(string query, string field)
    {
        var response = await _client.GetAsync("/api/rules?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
