using ContentReview.Tests.Review;

namespace ContentReview.Tests.Html;

/// <summary>Reviewing HTML input: findings on the HTML source, so a CMS plugin can highlight them.</summary>
public class HtmlReviewTests
{
    private static readonly ContentReviewer Reviewer = TestLexicon.Build(TestLexicon.Sample, b => b.AddLexicon("cs.yaml", new StringReader("""
        category: cross-strait
        rules:
          - id: cs-taiwan-zhengfu
            severity: error
            patterns: [台湾政府]
            suggestions: [台湾当局]
            message: 不得称“台湾政府”。
            source: 新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）
          - id: cs-quoted
            severity: warning
            exact: true
            patterns: [“一带一路”战略]
            suggestions: [“一带一路”倡议]
            message: 测试。
            source: 测试
        """)));

    private static readonly ReviewOptions Html = new() { ContentType = ContentType.Html };

    private static string[] Highlights(string html) =>
        Reviewer.Review(html, Html).Findings.Select(f => html.Substring(f.Start, f.Length)).ToArray();

    [Fact]
    public void Review_InlineTagInsideWord_StillMatchesAndCoversTheTags()
    {
        var html = "<p>所谓台<b>湾</b>政府</p>";
        var f = Assert.Single(Reviewer.Review(html, Html).Findings);
        Assert.Equal("台<b>湾</b>政府", html.Substring(f.Start, f.Length));
        Assert.Equal("台湾政府", f.Text);
    }

    [Fact]
    public void Review_BlockElementBetween_DoesNotMatch() =>
        Assert.Empty(Highlights("<p>台湾</p><p>政府工作报告</p>"));

    [Fact]
    public void Review_EntityInsideMatch_CoversWholeEntity()
    {
        var html = "<p>推进&ldquo;一带一路&rdquo;战略</p>";
        Assert.Equal(["&ldquo;一带一路&rdquo;战略"], Highlights(html));
    }

    [Fact]
    public void Review_NbspInsideMatch_IsIgnorable() =>
        Assert.Equal(["国土&nbsp;资源部"], Highlights("<div>国土&nbsp;资源部</div>"));

    [Fact]
    public void Review_TextInScriptCommentAndAttributes_IsNotReviewed() =>
        Assert.Empty(Highlights("<script>国土资源部</script><!-- 国土资源部 --><img alt=\"国土资源部\">"));

    [Fact]
    public void Review_NotPrecededByAcrossInlineTag_StillApplies() =>
        Assert.Empty(Highlights("原<span>国土资源部</span>"));

    [Fact]
    public void Review_PlainTextWithTags_IsNotParsedAsHtml()
    {
        var text = "台<b>湾</b>政府";
        Assert.Empty(Reviewer.Review(text).Findings);
    }

    [Fact]
    public void Review_HtmlOverMaxLength_CountsTheHtml() =>
        Assert.Throws<ArgumentException>(() => Reviewer.Review("<p>" + new string('字', 98) + "</p>", new ReviewOptions { ContentType = ContentType.Html, MaxInputLength = 100 }));
}
