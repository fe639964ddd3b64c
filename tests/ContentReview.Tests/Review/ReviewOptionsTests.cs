using ContentReview.Checks;

namespace ContentReview.Tests.Review;

/// <summary>Options, result shape, version and the pipeline around the checks.</summary>
public class ReviewOptionsTests
{
    private const string TwoCategories = TestLexicon.Sample + """

          - id: info-rule
            severity: info
            patterns: [发文]
            message: 提示。
            source: 测试
        """;

    private static readonly ContentReviewer Reviewer = TestLexicon.Build(TwoCategories, b => b.AddLexicon("typo.yaml", new StringReader("""
        category: typo
        rules:
          - id: typo-anzhuang
            severity: warning
            patterns: [按装]
            suggestions: [安装]
            message: “安装”误作“按装”。
            source: 《现代汉语词典》
        """)));

    private const string Text = "农业部发文要求按装设备";

    [Fact]
    public void Review_Default_ReportsEverythingSortedByPosition()
    {
        var ids = Reviewer.Review(Text).Findings.Select(f => f.RuleId).ToArray();
        Assert.Equal(["agency-2018-nongyebu", "info-rule", "typo-anzhuang"], ids);
    }

    [Fact]
    public void Review_CategoriesFilter_KeepsOnlyThoseCategories()
    {
        var result = Reviewer.Review(Text, new ReviewOptions { Categories = [Categories.Typo] });
        Assert.Equal("typo-anzhuang", Assert.Single(result.Findings).RuleId);
        Assert.Empty(Reviewer.Review(Text, new ReviewOptions { Categories = [] }).Findings);
    }

    [Fact]
    public void Review_MinimumSeverity_DropsLowerFindings()
    {
        var warning = Reviewer.Review(Text, new ReviewOptions { MinimumSeverity = Severity.Warning }).Findings;
        Assert.Equal(["agency-2018-nongyebu", "typo-anzhuang"], warning.Select(f => f.RuleId));
        var error = Reviewer.Review(Text, new ReviewOptions { MinimumSeverity = Severity.Error }).Findings;
        Assert.Equal("agency-2018-nongyebu", Assert.Single(error).RuleId);
    }

    [Fact]
    public void Review_InputOverMaxLength_ThrowsNamingTheLimit()
    {
        var e = Assert.Throws<ArgumentException>(() => Reviewer.Review(new string('字', 101), new ReviewOptions { MaxInputLength = 100 }));
        Assert.Equal("text", e.ParamName);
        Assert.Contains("100", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxInputLength", e.Message, StringComparison.Ordinal);
        Assert.Empty(Reviewer.Review(new string('字', 100), new ReviewOptions { MaxInputLength = 100 }).Findings);
    }

    [Fact]
    public void Review_DefaultMaxLength_IsOneMillion()
    {
        var e = Assert.Throws<ArgumentException>(() => Reviewer.Review(new string('a', 1_000_001)));
        Assert.Contains("1,000,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Reviewer.Review(null!));

    [Fact]
    public void Review_Empty_IsClean() => Assert.Empty(Reviewer.Review("").Findings);

    [Fact]
    public void LexiconVersion_IsStableAndChangesWithTheRules()
    {
        var a = TestLexicon.Build(TestLexicon.Sample).Lexicon.Version;
        var b = TestLexicon.Build(TestLexicon.Sample).Lexicon.Version;
        var changed = TestLexicon.Build(TestLexicon.Sample.Replace("已更名", "不再保留", StringComparison.Ordinal)
            .Replace("不再保留国土资源部", "国土资源部已撤销", StringComparison.Ordinal)).Lexicon.Version;
        var disabled = TestLexicon.Build(TestLexicon.Sample, x => x.DisableRules(["agency-2018-nongyebu"])).Lexicon.Version;
        Assert.Matches(@"^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$", a);
        Assert.Equal(a, b);
        Assert.NotEqual(a, changed);
        Assert.NotEqual(a, disabled);
        Assert.Equal(a, TestLexicon.Build(TestLexicon.Sample).Review("农业部").LexiconVersion);
    }

    [Fact]
    public void LexiconInfo_CountsRulesByCategory()
    {
        Assert.Equal(4, Reviewer.Lexicon.RuleCountsByCategory[Categories.AgencyName]);
        Assert.Equal(1, Reviewer.Lexicon.RuleCountsByCategory[Categories.Typo]);
    }

    [Fact]
    public void Review_CustomCheck_RunsAfterBuiltInAndIsFiltered()
    {
        var reviewer = TestLexicon.Build(TestLexicon.Sample, b => b.AddCheck(new FixedCheck(new TextSpan(0, 2), Categories.Privacy)));
        Assert.Equal(["agency-2018-nongyebu", "fixed"], reviewer.Review("农业部").Findings.Select(f => f.RuleId));
        Assert.DoesNotContain(reviewer.Review("农业部", new ReviewOptions { Categories = [Categories.AgencyName] }).Findings,
            f => f.RuleId == "fixed");
        Assert.Same(reviewer.Checks[^1], reviewer.Checks.OfType<FixedCheck>().Single());
    }

    [Fact]
    public void Review_CheckReportsSpanOutsideText_ThrowsNamingTheCheck()
    {
        var reviewer = TestLexicon.Build(TestLexicon.Sample, b => b.AddCheck(new FixedCheck(new TextSpan(2, 5), Categories.Privacy)));
        var e = Assert.Throws<InvalidOperationException>(() => reviewer.Review("农业部"));
        Assert.Contains("fixed-check", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ManyThreads_SameResults()
    {
        var expected = Reviewer.Review(Text).Findings;
        Parallel.For(0, 200, _ => Assert.Equal(expected, Reviewer.Review(Text).Findings));
    }

    private sealed class FixedCheck(TextSpan span, string category) : IReviewCheck
    {
        public string Name => "fixed-check";

        public IReadOnlyCollection<string> Categories => [category];

        public void Run(ReviewContext context, ICollection<Finding> findings) => findings.Add(new Finding
        {
            Start = span.Start, Length = span.Length, Text = "x", RuleId = "fixed", Category = category,
            Severity = Severity.Warning, Message = "m",
        });
    }
}
