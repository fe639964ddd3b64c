using ContentReview.Service.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Tests.Hosting;

public sealed class ReviewerProviderTests : IDisposable
{
    private readonly LexiconFolder _folder = TestRules.Standard();
    private readonly CapturedLogs _logs = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Initialize_BuildsReviewerFromConfiguredFolder()
    {
        using var provider = CreateProvider();

        var snapshot = provider.Initialize();

        Assert.Equal(0, snapshot.Generation);
        Assert.Equal(snapshot.Reviewer.Lexicon.Version, snapshot.Version);
        Assert.Equal(5, snapshot.Reviewer.Lexicon.Rules.Count);
        var finding = Assert.Single(snapshot.Reviewer.Review("根据国土资源部通知").Findings);
        Assert.Equal("agency-2018-guotuziyuanbu", finding.RuleId);
    }

    [Fact]
    public async Task Reload_ChangedRuleFile_SwapsInNewVersion()
    {
        using var provider = CreateProvider();
        var before = provider.Initialize();
        Assert.Empty(before.Reviewer.Review("文化部发文").Findings);

        _folder.Write("agency.yaml", TestRules.AgencyV2);
        var result = await provider.ReloadAsync();

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Error);
        Assert.NotEqual(before.Version, result.Version);
        var after = provider.Current;
        Assert.Equal(result.Version, after.Version);
        Assert.Equal(1, after.Generation);
        Assert.Equal("agency-2018-wenhuabu", Assert.Single(after.Reviewer.Review("文化部发文").Findings).RuleId);
        // The snapshot taken before the reload is untouched: a call holding it keeps its version.
        Assert.Empty(before.Reviewer.Review("文化部发文").Findings);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("Lexicon reloaded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_BrokenRuleFile_IsRefusedWithFileAndLine_AndOldVersionKeepsServing()
    {
        using var provider = CreateProvider();
        var before = provider.Initialize();

        _folder.Write("broken.yaml", TestRules.Broken);
        var result = await provider.ReloadAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(before.Version, result.Version);
        Assert.NotNull(result.Error);
        Assert.Matches(@"broken\.yaml:\d+", result.Error);
        Assert.Same(before, provider.Current);
        Assert.Single(provider.Current.Reviewer.Review("国土资源部").Findings);
        Assert.Equal(result.Error, provider.LastFailure?.Error);
        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("refused", logged.Message, StringComparison.Ordinal);
        Assert.Matches(@"broken\.yaml:\d+", logged.Message);

        // Fixing the file clears the failure.
        File.Delete(Path.Combine(_folder.Path, "broken.yaml"));
        var fixedResult = await provider.ReloadAsync();
        Assert.True(fixedResult.Succeeded);
        Assert.Null(provider.LastFailure);
    }

    [Fact]
    public async Task Reload_MissingFolder_IsRefusedAndOldVersionKeepsServing()
    {
        using var provider = CreateProvider();
        var before = provider.Initialize();

        Directory.Delete(_folder.Path, recursive: true);
        var result = await provider.ReloadAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(_folder.Path, result.Error, StringComparison.Ordinal);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public void Initialize_BrokenRuleFile_Throws_AndLogsFileAndLine()
    {
        _folder.Write("broken.yaml", TestRules.Broken);
        using var provider = CreateProvider();

        var ex = Assert.Throws<ContentReview.Lexicons.LexiconFormatException>(() => provider.Initialize());

        Assert.Equal("typo-broken", ex.RuleId);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("broken.yaml:", StringComparison.Ordinal));
        Assert.False(provider.IsInitialized);
    }

    [Fact]
    public async Task Reload_ConcurrentReloads_AreSerializedAndGenerationsCount()
    {
        using var provider = CreateProvider();
        provider.Initialize();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => provider.ReloadAsync()));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(4, provider.Current.Generation);
    }

    [Fact]
    public void Current_DisabledRulesOption_IsApplied()
    {
        using var provider = CreateProvider(o => o.DisabledRules.Add("agency-2018-guotuziyuanbu"));

        Assert.Empty(provider.Current.Reviewer.Review("国土资源部").Findings);
        Assert.Single(provider.Current.Reviewer.Review("农业部").Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Current_StatisticalTypoCheckOption_AddsTheCheckOnlyWhenOn(bool on)
    {
        using var provider = CreateProvider(o => o.StatisticalTypoCheck = on);

        Assert.Equal(on, provider.Current.Reviewer.Checks.Any(c => c is ContentReview.Checks.Typo.StatisticalTypoCheck));
        Assert.Equal(on, provider.Current.Reviewer.Review("这是程序正档原则的要求。").Findings
            .Any(f => f.RuleId == ContentReview.Checks.Typo.StatisticalTypoCheck.RuleId));
    }

    [Fact]
    public void Categories_IncludeWellKnownLexiconAndCheckCategories()
    {
        using var provider = CreateProvider(configurators: [new GateCheck()]);

        var categories = provider.Current.Categories;

        Assert.Contains(ContentReview.Categories.Privacy, categories);
        Assert.Contains("test-gate", categories);
        Assert.True(provider.Current.IsKnownCategory("agency-name"));
        Assert.False(provider.Current.IsKnownCategory("no-such-category"));
        Assert.Equal(categories.Order(StringComparer.Ordinal), categories);
    }

    private ReviewerProvider CreateProvider(
        Action<ContentReviewServiceOptions>? configure = null, IEnumerable<IConfigureReviewer>? configurators = null)
    {
        var options = new ContentReviewServiceOptions { UseBuiltInLexicon = false, LexiconDirectories = [_folder.Path] };
        configure?.Invoke(options);
        var loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs));
        return new ReviewerProvider(
            Options.Create(options),
            configurators ?? [],
            new ReviewMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            new FakeEnvironment(),
            loggerFactory.CreateLogger<ReviewerProvider>());
    }

    private sealed class FakeEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
