using ContentReview.Service.Tests.Hosting;
using Microsoft.Playwright;

namespace ContentReview.Service.Tests.Page;

/// <summary>
/// The real service on a random loopback port and one headless Debian chromium driven by Playwright (its driver comes
/// from the NuGet package; no browser is downloaded).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("CONTENTREVIEW_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly bool _useBuiltInLexicon;
    private LexiconFolder? _folder;
    private TestService? _service;
    private IPlaywright? _playwright;

    /// <summary>Creates the fixture (xunit uses the parameterless constructor: the test lexicon).</summary>
    public BrowserFixture()
        : this(useBuiltInLexicon: false)
    {
    }

    /// <summary>Creates the fixture on the test lexicon, or on the built-in lexicon as shipped.</summary>
    internal BrowserFixture(bool useBuiltInLexicon) => _useBuiltInLexicon = useBuiltInLexicon;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots go (the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return; // every test here is skipped with the reason
        }

        _folder = _useBuiltInLexicon ? new LexiconFolder() : TestRules.Standard();
        _service = new TestService(_folder, _useBuiltInLexicon
            ? new Dictionary<string, string?> { ["ContentReview:UseBuiltInLexicon"] = "true" }
            : null);
        BaseAddress = _service.StartOnSocket();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        _folder?.Dispose();
    }

    /// <summary>Opens the page in a fresh context; fails the test on any console error or uncaught exception.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        // The page must never reach another origin.
        await page.RouteAsync(url => !url.StartsWith(BaseAddress.ToString(), StringComparison.Ordinal), async route =>
        {
            errors.Add("external request: " + route.Request.Url);
            await route.AbortAsync();
        });
        await page.GotoAsync(BaseAddress.ToString());
        return (page, errors);
    }
}
