using ContentReview.Checks.Typo;

namespace ContentReview.Tests.Typo;

/// <summary>The typo checks through the review pipeline (ContentReviewerBuilder.AddCheck), spans on the original input.</summary>
public sealed class TypoReviewEndToEndTests
{
    private static readonly Lazy<ContentReviewer> Reviewer = new(() => ContentReviewer.CreateBuilder()
        .UseBuiltInLexicon(false)
        .AddCheck(new ProtectedTermCheck())
        .AddCheck(new StatisticalTypoCheck())
        .Build());

    [Fact]
    public void Review_ProtectedTermTypo_ReportsErrorOnOriginalSpan()
    {
        const string text = "会议强调，要深入学习习进平总书记重要讲话精神。";
        ReviewResult result = Reviewer.Value.Review(text);
        Finding f = Assert.Single(result.Findings, f => f.RuleId == ProtectedTermCheck.RuleId);
        Assert.Equal("习进平", text.Substring(f.Start, f.Length));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(["习近平"], f.Suggestions);
    }

    [Fact]
    public void Review_HomophoneTypo_ReportsWarning()
    {
        const string text = "这是程序正档原则的要求。";
        ReviewResult result = Reviewer.Value.Review(text);
        Finding f = Assert.Single(result.Findings, f => f.RuleId == StatisticalTypoCheck.RuleId);
        Assert.Equal("档", text.Substring(f.Start, f.Length));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Review_CorrectGovernmentProse_ReportsNoTypo()
    {
        const string text = "深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的二十大精神，坚持以人民为中心的发展思想。";
        Assert.DoesNotContain(Reviewer.Value.Review(text).Findings, f => f.Category == Categories.Typo);
    }
}
