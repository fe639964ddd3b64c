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
    public void Review_TextInScriptCommentAndOtherAttributes_IsNotReviewed() =>
        Assert.Empty(Highlights("<script>国土资源部</script><!-- 国土资源部 --><img src=\"国土资源部.png\" data-alt=\"国土资源部\"><meta name=\"author\" content=\"国土资源部\">"));

    /// <summary>case id, HTML, the highlighted HTML of each finding (in order; the first is the first occurrence of its text in the HTML).</summary>
    public static TheoryData<string, string, string[]> AttributeCases => new()
    {
        { "img-alt", "<p>正文</p><img src=\"a.png\" alt=\"国土资源部\">", ["国土资源部"] },
        { "a-title", "<a href=\"#\" title=\"台湾政府\">链接</a>", ["台湾政府"] },
        { "entity-inside-attribute", "<a title=\"台湾&nbsp;政府\">链接</a>", ["台湾&nbsp;政府"] },
        { "entity-at-attribute-edges", "<img alt=\"&ldquo;一带一路&rdquo;战略\">", ["&ldquo;一带一路&rdquo;战略"] },
        { "meta-description", "<head><meta name=\"description\" content=\"台湾政府\"></head><p>正文</p>", ["台湾政府"] },
        { "meta-keywords", "<meta name=\"keywords\" content=\"甲、国土资源部\">", ["国土资源部"] },
        { "attribute-before-body-sorted-by-offset", "<img alt=\"台湾政府\"><p>台湾政府</p>", ["台湾政府", "台湾政府"] },
        { "alt-does-not-join-body-before", "<p>台湾<img alt=\"政府工作\"></p>", [] },
        { "alt-does-not-join-body-after", "<p><img alt=\"台湾\">政府工作</p>", [] },
        { "title-does-not-join-next-title", "<a title=\"台湾\"><img alt=\"政府\"></a>", [] },
        { "not-preceded-by-in-attribute", "<img alt=\"原国土资源部\">", [] },
    };

    [Theory]
    [MemberData(nameof(AttributeCases))]
    public void Review_AttributeText_FindingsPointIntoTheAttribute(string caseId, string html, string[] expected)
    {
        var findings = Reviewer.Review(html, Html).Findings;
        var highlights = findings.Select(f => html.Substring(f.Start, f.Length)).ToArray();
        Assert.True(expected.SequenceEqual(highlights), $"{caseId}: got [{string.Join(", ", highlights)}]");
        if (expected.Length > 0)
        {
            int first = html.IndexOf(expected[0], StringComparison.Ordinal);
            Assert.True(first == findings[0].Start, $"{caseId}: first finding at {findings[0].Start}, expected {first}");
        }
    }

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
