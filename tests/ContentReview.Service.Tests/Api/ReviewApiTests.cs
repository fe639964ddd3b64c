using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContentReview.Service.Tests.Hosting;

namespace ContentReview.Service.Tests.Api;

/// <summary>POST /api/review through the real host (in memory).</summary>
public sealed class ReviewApiTests : IClassFixture<ReviewApiTests.Fixture>
{
    private readonly HttpClient _client;

    public ReviewApiTests(Fixture fixture) => _client = fixture.Client;

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Folder = TestRules.Standard();
            Service = new TestService(Folder, new Dictionary<string, string?>
            {
                ["ContentReview:Api:MaxTextLength"] = "2000",
                ["ContentReview:Api:MaxRequestBytes"] = "20000",
            });
            Client = Service.CreateClient();
        }

        public LexiconFolder Folder { get; }

        public TestService Service { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            Service.Dispose();
            Folder.Dispose();
        }
    }

    [Fact]
    public async Task Review_OutdatedAgencyName_ReturnsFindingWithEveryField()
    {
        var response = await PostAsync("""{"text":"根据国土资源部的通知","requestId":"cms-42"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cms-42", body.GetProperty("requestId").GetString());
        Assert.Equal("utf16", body.GetProperty("offsetUnit").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("lexiconVersion").GetString()));
        Assert.True(body.GetProperty("reviewTimeMicros").GetInt64() >= 0);
        Assert.True(body.GetProperty("reviewTimeMs").GetDouble() >= 0);
        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray());
        Assert.Equal(2, finding.GetProperty("start").GetInt32());
        Assert.Equal(5, finding.GetProperty("length").GetInt32());
        Assert.Equal("国土资源部", finding.GetProperty("text").GetString());
        Assert.Equal("agency-2018-guotuziyuanbu", finding.GetProperty("ruleId").GetString());
        Assert.Equal("agency-name", finding.GetProperty("category").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("自然资源部", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["自然资源部"], finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("机构改革", finding.GetProperty("source").GetString(), StringComparison.Ordinal);
        // Chinese is written as is, not as \u escapes.
        Assert.Contains("国土资源部", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf16", 2, 5)]
    [InlineData("utf8", 4, 15)]
    [InlineData("codepoint", 1, 5)]
    [InlineData("OFFSET_UNIT_UTF8", 4, 15)]
    [InlineData("OFFSET_UNIT_CODE_POINT", 1, 5)]
    public async Task Review_OffsetUnit_ConvertsSpans(string unit, int start, int length)
    {
        // 𠮷 is outside the BMP: 2 UTF-16 units, 4 UTF-8 bytes, 1 code point.
        var body = await ReviewAsync(new { text = "𠮷国土资源部", offsetUnit = unit });

        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray());
        Assert.Equal(start, finding.GetProperty("start").GetInt32());
        Assert.Equal(length, finding.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Review_Html_SpansPointIntoTheHtmlSource()
    {
        const string html = "<p class=\"国土资源部\">据<b>国土资源部</b>通知</p>";
        var body = await ReviewAsync(new { text = html, contentType = "html" });

        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray());
        int start = finding.GetProperty("start").GetInt32();
        Assert.Equal("国土资源部", html.Substring(start, finding.GetProperty("length").GetInt32()));
        Assert.Equal(html.IndexOf("<b>", StringComparison.Ordinal) + 3, start);
    }

    [Fact]
    public async Task Review_CategoryAndSeverityOptions_FilterFindings()
    {
        const string text = "国土资源部庆祝建党100年，报名截止到5月。";
        var all = await ReviewAsync(new { text });
        var errorsOnly = await ReviewAsync(new { text, options = new { minimumSeverity = "error" } });
        var political = await ReviewAsync(new { text, options = new { categories = new[] { "political-term" } } });
        var protoNames = await ReviewAsync(new { text, options = new { minimum_severity = "SEVERITY_WARNING" } });

        Assert.Equal(["agency-name", "political-term", "confusable"], Categories(all));
        Assert.Equal(["agency-name"], Categories(errorsOnly));
        Assert.Equal(["political-term"], Categories(political));
        Assert.Equal(["agency-name", "political-term"], Categories(protoNames));
    }

    [Fact]
    public async Task Review_CleanText_ReturnsNoFindings()
    {
        var body = await ReviewAsync(new { text = "自然资源部发布通知。" });

        Assert.Equal(0, body.GetProperty("findings").GetArrayLength());
    }

    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { "missing-text", """{}""", "text" },
        { "empty-text", """{"text":""}""", "text" },
        { "blank-text", """{"text":"  \n "}""", "text" },
        { "text-not-string", """{"text":5}""", "text" },
        { "bad-content-type", """{"text":"x","contentType":"pdf"}""", "contentType" },
        { "bad-offset-unit", """{"text":"x","offsetUnit":"bytes"}""", "offsetUnit" },
        { "bad-severity", """{"text":"x","options":{"minimumSeverity":"fatal"}}""", "options.minimumSeverity" },
        { "unknown-category", """{"text":"x","options":{"categories":["agency-name","no-such"]}}""", "options.categories[1]" },
        { "category-not-string", """{"text":"x","options":{"categories":[1]}}""", "options.categories[0]" },
        { "categories-not-array", """{"text":"x","options":{"categories":"typo"}}""", "options.categories" },
        { "options-not-object", """{"text":"x","options":[]}""", "options" },
        { "unknown-field", """{"text":"x","txt":"y"}""", "txt" },
        { "unknown-option", """{"text":"x","options":{"severity":"error"}}""", "options.severity" },
        { "long-request-id", "{\"text\":\"x\",\"requestId\":\"" + new string('r', 129) + "\"}", "requestId" },
        { "duplicate-field", """{"text":"x","text":"y"}""", "text" },
        { "not-an-object", """["text"]""", "body" },
        { "malformed-json", """{"text":"x" """, "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Review_InvalidRequest_Returns400ProblemNamingTheField(string caseId, string json, string field)
    {
        var response = await PostAsync(json);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{caseId}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages),
            $"{caseId}: errors {problem.GetProperty("errors")}");
        Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_TextOverTheLimit_Returns413NamingText()
    {
        var response = await _client.PostAsJsonAsync("/api/review", new { text = new string('字', 2001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("2,000", problem.GetProperty("errors").GetProperty("text")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BodyOverTheLimit_Returns413()
    {
        var response = await PostAsync("{\"text\":\"x\",\"requestId\":\"" + new string(' ', 30000) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task Review_NotJson_Returns415()
    {
        var response = await _client.PostAsync("/api/review", new StringContent("text=国土资源部", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Review_EchoesCallerRequestIdHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/review")
        {
            Content = new StringContent("""{"text":"你好"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Request-Id", "trace-abc-123");
        var response = await _client.SendAsync(request);

        Assert.Equal("trace-abc-123", response.Headers.GetValues("X-Request-Id").Single());
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/api/review", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> ReviewAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/review", request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Categories(JsonElement body) =>
        body.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("category").GetString()!).ToArray();
}
