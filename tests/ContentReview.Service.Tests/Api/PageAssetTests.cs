using System.Net;
using System.Text.RegularExpressions;
using ContentReview.Service.Tests.Hosting;

namespace ContentReview.Service.Tests.Api;

/// <summary>The test page's files: served from the assembly, self-contained, with strict headers.</summary>
public sealed partial class PageAssetTests : IDisposable
{
    private readonly LexiconFolder _folder = TestRules.Standard();
    private readonly TestService _service;
    private readonly HttpClient _client;

    public PageAssetTests()
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

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Asset_IsServedWithSecurityHeaders(string path, string mediaType)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Page_IsChinese_AndLoadsNothingFromOtherOrigins()
    {
        string html = await _client.GetStringAsync("/");
        string js = await _client.GetStringAsync("/app.js");
        string css = await _client.GetStringAsync("/app.css");

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("审校", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotMatch(ExternalReference(), css);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal); // no inline script
        Assert.DoesNotContain("innerHTML", js, StringComparison.Ordinal); // the draft is only ever inserted as text
        Assert.DoesNotMatch(@"fetch\(\s*['""]https?:", js);
    }

    [Fact]
    public async Task Asset_WithMatchingETag_Returns304()
    {
        var first = await _client.GetAsync("/app.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?(https?:)?//|@import|url\(\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
