using ContentReview.Checks.Typo;

namespace ContentReview.Tests.Review;

public class BuiltInChecksTests
{
    [Fact]
    public void Default_RunsLexiconStructuredAndProtectedTermChecks_ButNotTheStatisticalTypoCheck()
    {
        var names = ContentReviewer.CreateDefault().Checks.Select(c => c.Name).ToArray();
        Assert.Contains("lexicon", names);
        Assert.Contains("privacy", names);
        Assert.Contains("secret", names);
        Assert.Contains("number-format", names);
        Assert.Contains("punctuation", names);
        Assert.Contains("protected-term-typo", names);
        Assert.DoesNotContain(ContentReviewer.CreateDefault().Checks, c => c is StatisticalTypoCheck);
    }

    [Fact]
    public void Review_StatisticalTypoCheck_RunsOnlyWhenEnabled()
    {
        const string text = "这是程序正档原则的要求。";
        var off = ContentReviewer.CreateDefault().Review(text).Findings;
        Assert.DoesNotContain(off, f => f.RuleId == StatisticalTypoCheck.RuleId);

        var on = ContentReviewer.CreateBuilder().UseStatisticalTypoCheck().Build().Review(text).Findings;
        var typo = Assert.Single(on, f => f.RuleId == StatisticalTypoCheck.RuleId);
        Assert.Equal(5, typo.Start);
        Assert.Equal(Severity.Warning, typo.Severity);
        Assert.Contains("当", typo.Suggestions);
    }

    [Fact]
    public void Review_StructuredAndLexiconFindings_ComeTogetherFromTheDefaultReviewer()
    {
        // One sentence, three kinds of check: an outdated agency name (lexicon), a resident ID number (privacy) and a
        // year written with 零 (number-format).
        var findings = ContentReviewer.CreateDefault().Review("国土资源部于二零一九年公布了身份证号11010519491231002X。").Findings;
        Assert.Contains(findings, f => f.Category == Categories.AgencyName && f.Text == "国土资源部");
        Assert.Contains(findings, f => f.Category == Categories.Privacy && f.Text == "11010519491231002X");
        Assert.Contains(findings, f => f.Category == Categories.NumberFormat && f.Text == "二零一九" && f.Suggestions.Contains("二〇一九"));
    }
}
