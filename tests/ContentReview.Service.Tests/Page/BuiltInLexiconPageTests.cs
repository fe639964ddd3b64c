using ContentReview.Service.Tests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContentReview.Service.Tests.Page;

/// <summary>The page's own sample draft against the service as shipped: the built-in lexicon.</summary>
public sealed class BuiltInLexiconPageTests : IClassFixture<BuiltInLexiconPageTests.Fixture>
{
    private readonly Fixture _fixture;

    public BuiltInLexiconPageTests(Fixture fixture) => _fixture = fixture;

    public sealed class Fixture : IAsyncLifetime
    {
        private readonly BrowserFixture _browser = new(useBuiltInLexicon: true);

        public BrowserFixture Browser => _browser;

        public Task InitializeAsync() => _browser.InitializeAsync();

        public Task DisposeAsync() => _browser.DisposeAsync();
    }

    [ChromiumFact]
    public async Task Page_SampleDraft_OnBuiltInLexicon_ShowsRealFindings()
    {
        var (page, errors) = await _fixture.Browser.OpenAsync();

        await page.ClickAsync("#sample-btn");
        await page.ClickAsync("#review-btn");
        await page.WaitForFunctionAsync("() => Number(document.getElementById('status').dataset.reviews || 0) > 0");

        await Expect(page.Locator("#preview mark.hl", new PageLocatorOptions { HasTextString = "国土资源部" }))
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-error\b"));
        await Expect(page.Locator("li.finding", new PageLocatorOptions { HasTextString = "国土资源部" })
            .Locator("button.suggestion")).ToHaveTextAsync("自然资源部");
        Assert.True(await page.Locator("#groups section.group").CountAsync() >= 3);
        Assert.NotEqual("—", await page.Locator("#lexicon-version").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, "page-sample-builtin.png"),
            FullPage = true,
        });
        Assert.Empty(errors);
    }
}
