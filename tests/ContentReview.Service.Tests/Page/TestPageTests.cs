using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContentReview.Service.Tests.Page;

/// <summary>The editors' page in headless chromium against the real service.</summary>
public sealed class TestPageTests : IClassFixture<BrowserFixture>
{
    // Findings in position order: 国土资源部 (agency, error) 0, 农业部 (agency, error) 1, 建党100年 (political, warning) 2,
    // 截止到 (confusable, info) 3, 内部资料 (secret, error, no suggestion) 4.
    private const string Draft = "根据国土资源部和农业部的通知，我们庆祝建党100年。报名截止到5月31日。本文件为内部资料。";

    private readonly BrowserFixture _browser;

    public TestPageTests(BrowserFixture browser) => _browser = browser;

    [ChromiumFact]
    public async Task Page_Review_HighlightsEveryFindingBySeverity()
    {
        var (page, errors) = await _browser.OpenAsync();

        await ReviewAsync(page, Draft);

        var marks = page.Locator("#preview mark.hl");
        await Expect(marks).ToHaveCountAsync(5);
        await Expect(Mark(page, "国土资源部")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-error\b"));
        await Expect(Mark(page, "农业部")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-error\b"));
        await Expect(Mark(page, "建党100年")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-warning\b"));
        await Expect(Mark(page, "截止到")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-info\b"));
        await Expect(Mark(page, "内部资料")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-error\b"));
        // The preview is the whole draft, unchanged.
        Assert.Equal(Draft, await page.Locator("#preview").TextContentAsync());
        await Expect(page.Locator("#status")).ToContainTextAsync("发现 5 处问题：错误 3，警告 1，提示 1");
        // Colours really differ by severity.
        string errorBg = await Mark(page, "国土资源部").EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        string warningBg = await Mark(page, "建党100年").EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        string infoBg = await Mark(page, "截止到").EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.Equal(3, new[] { errorBg, warningBg, infoBg }.Distinct().Count());

        string screenshot = Path.Combine(BrowserFixture.ScreenshotFolder, "page-reviewed.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_FindingsList_GroupsByCategory_WithCountsMessagesSourcesAndSuggestions()
    {
        var (page, errors) = await _browser.OpenAsync();

        await ReviewAsync(page, Draft);

        var groups = page.Locator("#groups section.group");
        await Expect(groups).ToHaveCountAsync(4);
        Assert.Equal(["political-term", "agency-name", "confusable", "secret"],
            await groups.EvaluateAllAsync<string[]>("gs => gs.map(g => g.dataset.category)"));
        await Expect(page.Locator("section.group[data-category=agency-name] h3")).ToContainTextAsync("机构名称");
        await Expect(page.Locator("section.group[data-category=agency-name] li.finding")).ToHaveCountAsync(2);
        await Expect(page.Locator("section.group[data-category=secret] li.finding")).ToHaveCountAsync(1);
        await Expect(page.Locator("#counts li[data-category=agency-name] .count")).ToHaveTextAsync("2");
        await Expect(page.Locator("#counts li[data-category=political-term] .count")).ToHaveTextAsync("1");
        await Expect(page.Locator("#counts li[data-category=confusable] .count")).ToHaveTextAsync("1");
        await Expect(page.Locator("#counts li[data-category=secret] .count")).ToHaveTextAsync("1");

        var agency = page.Locator("li.finding[data-index='0']");
        await Expect(agency).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-error\b"));
        await Expect(agency.Locator(".message")).ToContainTextAsync("不再保留国土资源部");
        await Expect(agency.Locator(".source")).ToContainTextAsync("国务院机构改革方案");
        await Expect(agency.Locator("button.suggestion")).ToHaveTextAsync("自然资源部");
        await Expect(agency).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("错误.*国土资源部.*建议改为：自然资源部"));
        await Expect(page.Locator("li.finding[data-index='4'] .no-suggestion")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_ApplyOneSuggestion_UpdatesTheDraftAndReviewsAgain()
    {
        var (page, errors) = await _browser.OpenAsync();
        await ReviewAsync(page, Draft);

        int before = await ReviewCountAsync(page);
        await page.Locator("li.finding[data-index='1'] button.suggestion").ClickAsync();
        await WaitForReviewAsync(page, before);

        Assert.Equal(Draft.Replace("农业部", "农业农村部", StringComparison.Ordinal), await page.InputValueAsync("#draft"));
        await Expect(page.Locator("#preview mark.hl")).ToHaveCountAsync(4);
        await Expect(page.Locator("#counts li[data-category=agency-name] .count")).ToHaveTextAsync("1");
        await Expect(page.Locator("#status")).ToContainTextAsync("发现 4 处问题");
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_ApplyAll_ReplacesFromTheEndSoOffsetsStayValid()
    {
        var (page, errors) = await _browser.OpenAsync();
        await ReviewAsync(page, Draft);

        int before = await ReviewCountAsync(page);
        await page.ClickAsync("#apply-all-btn");
        await WaitForReviewAsync(page, before);

        // Replacements of different lengths (农业部→农业农村部 is longer) land exactly where they belong.
        Assert.Equal("根据自然资源部和农业农村部的通知，我们庆祝建党100周年。报名截至5月31日。本文件为内部资料。",
            await page.InputValueAsync("#draft"));
        // Only the finding without a suggestion is left.
        await Expect(page.Locator("#preview mark.hl")).ToHaveCountAsync(1);
        await Expect(Mark(page, "内部资料")).ToBeVisibleAsync();
        await Expect(page.Locator("#counts li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#apply-all-btn")).ToBeDisabledAsync();
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_Keyboard_CtrlEnterTabOrderEnterArrowsAndSpace()
    {
        var (page, errors) = await _browser.OpenAsync();

        await page.FocusAsync("#draft");
        await page.Keyboard.InsertTextAsync(Draft);
        int before = await ReviewCountAsync(page);
        await page.Keyboard.PressAsync("Control+Enter");
        await WaitForReviewAsync(page, before);
        await Expect(page.Locator("#preview mark.hl")).ToHaveCountAsync(5);

        // Tab order follows the layout: draft → HTML toggle → review → apply all → sample.
        await page.FocusAsync("#draft");
        var order = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }

        Assert.Equal(["html-mode", "review-btn", "apply-all-btn", "sample-btn"], order);

        // List items: Enter locates the finding in the draft; arrows move between items; focus is visible.
        var first = page.Locator("#groups li.finding").First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(first).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.Locator("#preview mark.current")).ToHaveTextAsync("建党100年");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("0", await page.EvaluateAsync<string>("() => document.activeElement.dataset.index"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync(" ");
        await Expect(page.Locator("#preview mark.current")).ToHaveTextAsync("国土资源部");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "page-keyboard.png") });

        // Tab reaches the item's suggestion button; Space applies it.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("自然资源部", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        before = await ReviewCountAsync(page);
        await page.Keyboard.PressAsync(" ");
        await WaitForReviewAsync(page, before);
        Assert.StartsWith("根据自然资源部和农业部", await page.InputValueAsync("#draft"), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_DraftWithMarkup_IsShownAsTextAndNeverRuns()
    {
        var (page, errors) = await _browser.OpenAsync();
        const string hostile = "<img src=x onerror=\"window.__xss=1\">国土资源部<script>window.__xss=2</script>\"'&amp;";

        await ReviewAsync(page, hostile);

        await Expect(page.Locator("#preview mark.hl")).ToHaveCountAsync(1);
        Assert.Equal(hostile, await page.Locator("#preview").TextContentAsync());
        await Expect(page.Locator("#preview img, #preview script")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_HtmlMode_HighlightsInTheSourceAndEscapesSuggestions()
    {
        var (page, errors) = await _browser.OpenAsync();
        await page.CheckAsync("#html-mode");

        await ReviewAsync(page, "<p title=\"农业部\">农业部发文</p>");

        // Both the title attribute's text (reviewed since attribute text is) and the body text are highlighted, each
        // in the source: the first mark starts right after title=".
        await Expect(page.Locator("#preview mark.hl")).ToHaveCountAsync(2);
        Assert.Equal("<p title=\"", await page.EvaluateAsync<string>(
            "() => document.querySelector('#preview mark.hl').previousSibling.textContent"));
        int before = await ReviewCountAsync(page);
        await page.ClickAsync("#apply-all-btn");
        await WaitForReviewAsync(page, before);
        Assert.Equal("<p title=\"农业农村部\">农业农村部发文</p>", await page.InputValueAsync("#draft"));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Page_EmptyDraft_AsksForText_AndInvalidRequestShowsTheProblem()
    {
        var (page, errors) = await _browser.OpenAsync();

        await page.ClickAsync("#review-btn");
        await Expect(page.Locator("#status")).ToHaveTextAsync("请先粘贴稿件。");

        await page.FillAsync("#draft", new string('字', 1_000_001));
        await page.ClickAsync("#review-btn");
        await Expect(page.Locator("#error")).ToBeVisibleAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("稿件过长");
        await Expect(page.Locator("#error")).ToContainTextAsync("text");
        Assert.DoesNotContain(errors, e => !e.Contains("413", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task Page_NarrowScreen_StacksTheListBelowTheDraft()
    {
        var (page, errors) = await _browser.OpenAsync();
        await page.SetViewportSizeAsync(700, 1000);

        await ReviewAsync(page, Draft);

        var editor = await page.Locator("section.editor").BoundingBoxAsync();
        var panel = await page.Locator("aside.panel").BoundingBoxAsync();
        Assert.NotNull(editor);
        Assert.NotNull(panel);
        Assert.True(panel.Y >= editor.Y + editor.Height, $"panel at {panel.Y}, editor ends at {editor.Y + editor.Height}");
        Assert.True(panel.Width > 600);
        Assert.Empty(errors);
    }

    private static ILocator Mark(IPage page, string text) =>
        page.Locator("#preview mark.hl", new PageLocatorOptions { HasTextString = text });

    private static async Task ReviewAsync(IPage page, string text)
    {
        await page.FillAsync("#draft", text);
        int before = await ReviewCountAsync(page);
        await page.ClickAsync("#review-btn");
        await WaitForReviewAsync(page, before);
    }

    private static async Task<int> ReviewCountAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => Number(document.getElementById('status').dataset.reviews || 0)");

    private static Task WaitForReviewAsync(IPage page, int before) =>
        page.WaitForFunctionAsync(
            "n => Number(document.getElementById('status').dataset.reviews || 0) > n", before,
            new PageWaitForFunctionOptions { Timeout = 15_000 });
}
