namespace ContentReview.Service.Tests.Page;

/// <summary>
/// A browser test: skipped, with the reason, when Debian's chromium is not installed (tests/install-test-deps.sh
/// installs it; <c>CONTENTREVIEW_CHROMIUM</c> may point at another chromium binary).
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}: run tests/install-test-deps.sh (apt-get install chromium) or set CONTENTREVIEW_CHROMIUM.";
        }
    }
}
