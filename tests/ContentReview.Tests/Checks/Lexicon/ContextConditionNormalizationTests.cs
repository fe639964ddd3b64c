using ContentReview.Tests.Review;

namespace ContentReview.Tests.Checks.Lexicon;

/// <summary>
/// not-preceded-by / not-followed-by compare under the normalization of the match (width, case, traditional
/// characters, ignorable characters), per rule kind: literal, exact, regex.
/// </summary>
public class ContextConditionNormalizationTests
{
    private static readonly ContentReviewer Reviewer = TestLexicon.Build("""
        category: agency-name
        rules:
          - id: t-literal
            severity: error
            patterns: [环境保护部]
            suggestions: [生态环境部]
            message: 测试。
            source: 测试
            not-preceded-by: [原, 前国家]
            not-followed-by: [门, Office]
          - id: t-exact
            severity: warning
            exact: true
            patterns: [不忘初心，牢记使命]
            suggestions: [不忘初心、牢记使命]
            message: 测试。
            source: 测试
            not-preceded-by: [“]
          - id: t-regex
            severity: warning
            regex: '国土资源(厅|局)'
            suggestions: [自然资源$1]
            message: 测试。
            source: 测试
            not-preceded-by: [原]
          - id: t-noise
            severity: warning
            patterns: [台湾政府]
            suggestions: [台湾当局]
            message: 测试。
            source: 测试
            not-preceded-by: ['"']
        """);

    /// <summary>case id, text, rule ids expected (comma-separated, empty for none).</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "literal-plain-exempt", "原环境保护部", "" },
        { "literal-space-between-exempt", "原 环境保护部", "" },
        { "literal-ideographic-space-exempt", "原\u3000环境保护部", "" },
        { "literal-traditional-text-exempt", "原環境保護部", "" },
        { "literal-traditional-condition-char-exempt", "前國家环境保护部", "" },
        { "literal-noise-inside-condition-exempt", "前·国家环境保护部", "" },
        { "literal-zero-width-exempt", "原\u200B环境保护部", "" },
        { "literal-not-preceded-fires", "现环境保护部", "t-literal" },
        { "literal-followed-width-case-exempt", "环境保护部ＯＦＦＩＣＥ", "" },
        { "literal-followed-space-exempt", "环境保护部 门户网站", "" },
        { "literal-followed-traditional-exempt", "环境保护部門戶", "" },
        { "literal-followed-fires", "环境保护部发文", "t-literal" },
        { "literal-blank-line-between-fires", "原\n\n环境保护部", "t-literal" },
        { "literal-single-line-break-exempt", "原\n环境保护部", "" },
        { "exact-preceded-exempt", "“不忘初心，牢记使命", "" },
        { "exact-no-width-fold-keeps-rule-on", "\"不忘初心，牢记使命", "t-exact" },
        { "regex-ordinal-exempt", "原国土资源厅", "" },
        { "regex-ordinal-space-not-exempt", "原 国土资源厅", "t-regex" },
        { "noise-condition-ordinal-exempt", "\"台湾政府", "" },
        { "noise-condition-does-not-exempt-everything", "所谓台湾政府", "t-noise" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Review_ContextCondition_ComparesUnderTheMatchNormalization(string caseId, string text, string expected)
    {
        var ids = string.Join(",", Reviewer.Review(text).Findings.Select(f => f.RuleId).Where(id => id.StartsWith("t-", StringComparison.Ordinal)).Distinct());
        Assert.True(expected == ids, $"{caseId}: got '{ids}'");
    }

    [Fact]
    public void Review_HtmlLineBreakBetween_ConditionDoesNotApply()
    {
        var html = new ReviewOptions { ContentType = ContentType.Html };
        Assert.Single(Reviewer.Review("<p>原</p><p>环境保护部</p>", html).Findings, f => f.RuleId == "t-literal");
        Assert.DoesNotContain(Reviewer.Review("<p>原&nbsp;<b>环境保护部</b></p>", html).Findings, f => f.RuleId == "t-literal");
    }

    [Fact]
    public void Review_BuiltInAgencyRule_TraditionalAndSpacedPrefixExempt()
    {
        var reviewer = ContentReviewer.CreateDefault();
        Assert.Contains(reviewer.Review("环境保护部发布通知。").Findings, f => f.RuleId == "agency-2018-huanjingbaohubu");
        Assert.DoesNotContain(reviewer.Review("原 环境保护部发布通知。").Findings, f => f.RuleId == "agency-2018-huanjingbaohubu");
        Assert.DoesNotContain(reviewer.Review("原環境保護部發布通知。").Findings, f => f.RuleId == "agency-2018-huanjingbaohubu");
    }
}
