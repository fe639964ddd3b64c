namespace ContentReview.Tests.Review;

public class ContentReviewerSmokeTests
{
    [Fact]
    public void Review_OutdatedAgencyName_SuggestsCurrentName()
    {
        var reviewer = TestLexicon.Build(TestLexicon.Sample);
        var result = reviewer.Review("国土资源部发布通知。");
        var f = Assert.Single(result.Findings);
        Assert.Equal(0, f.Start);
        Assert.Equal(5, f.Length);
        Assert.Equal("自然资源部", f.Suggestions[0]);
        Assert.Equal(reviewer.Lexicon.Version, result.LexiconVersion);
    }
}
