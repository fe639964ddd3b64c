using ContentReview.Checks.Punctuation;

namespace ContentReview.Tests.Checks;

public class PunctuationCheckTests
{
    private static readonly PunctuationCheck Check = new();

    public static TheoryData<string, string, string?, string?, string?> Cases => new()
    {
        // Unbalanced pairs
        { "unbalanced-book-open", "学习《中华人民共和国宪法，提高认识。", "punctuation-unbalanced", "《", null },
        { "unbalanced-book-close", "学习中华人民共和国宪法》，提高认识。", "punctuation-unbalanced", "》", null },
        { "unbalanced-quote-open", "他说：“要抓好落实。", "punctuation-unbalanced", "“", null },
        { "unbalanced-quote-close", "他说：要抓好落实。”", "punctuation-unbalanced", "”", null },
        { "unbalanced-paren", "福州市（含平潭综合实验区", "punctuation-unbalanced", "（", null },
        { "unbalanced-lenticular", "【通知发布时间：2021年", "punctuation-unbalanced", "【", null },
        { "unbalanced-single-quote", "“他说‘好。”", "punctuation-unbalanced", "‘", null },
        { "paren-mixed-width", "福州市（含平潭)，", "punctuation-paren-width", ")", "）" },
        { "near-balanced", "学习《宪法》和“两学一做”（试行）【通知】‘引文’。", null, null, null },
        { "near-nested", "“学习《宪法》（2018年修正）”", null, null, null },
        { "near-apostrophe", "O’Brien来访。", null, null, null },
        { "near-halfwidth-list", "1) 第一项；2) 第二项", null, null, null },

        // Half-width marks in Chinese
        { "halfwidth-comma", "我们,你们都要参加。", "punctuation-halfwidth", ",", "，" },
        { "halfwidth-comma-space", "我们, 你们都要参加。", "punctuation-halfwidth", ", ", "，" },
        { "halfwidth-period-end", "会议圆满结束.", "punctuation-halfwidth", ".", "。" },
        { "halfwidth-semicolon", "一是加强领导;二是落实责任", "punctuation-halfwidth", ";", "；" },
        { "halfwidth-colon-digit", "联系电话:0591-87654321", "punctuation-halfwidth", ":", "：" },
        { "halfwidth-question", "是否同意?请回复", "punctuation-halfwidth", "?", "？" },
        { "halfwidth-exclaim", "祝贺成功!", "punctuation-halfwidth", "!", "！" },
        { "halfwidth-after-quote", "“两学一做”,持续推进", "punctuation-halfwidth", ",", "，" },
        { "halfwidth-doubled-comma", "我们,,你们", "punctuation-halfwidth", ",,", "，" },
        { "near-halfwidth-english", "Hello, world. OK?", null, null, null },
        { "near-halfwidth-number", "增长3.5%，共1,000人", null, null, null },
        { "near-halfwidth-url", "网址:http://www.gov.cn", null, null, null },
        { "near-halfwidth-version", "第3.1条", null, null, null },

        // Doubled marks
        { "doubled-comma", "我们，，你们", "punctuation-doubled", "，，", "，" },
        { "doubled-period", "会议结束。。", "punctuation-doubled", "。。", "。" },
        { "doubled-enumeration", "福州、、厦门", "punctuation-doubled", "、、", "、" },
        { "doubled-mixed", "会议结束，。", "punctuation-doubled", "，。", "。" },
        { "near-doubled-question-exclaim", "难道不是吗？！", null, null, null },
        { "near-doubled-ellipsis", "等等……", null, null, null },
        { "near-doubled-dash", "这就是——实干", null, null, null },
        { "near-doubled-quote-period", "他说：“好。”", null, null, null },

        // Ellipsis
        { "ellipsis-ascii", "苹果、香蕉...等水果", "punctuation-ellipsis", "...", "……" },
        { "ellipsis-ascii-six", "等等......", "punctuation-ellipsis", "......", "……" },
        { "ellipsis-chinese-periods", "等等。。。", "punctuation-ellipsis", "。。。", "……" },
        { "ellipsis-single", "等等…", "punctuation-ellipsis", "…", "……" },
        { "ellipsis-three", "等等………", "punctuation-ellipsis", "………", "……" },
        { "ellipsis-middle-dots", "等等···", "punctuation-ellipsis", "···", "……" },
        { "near-ellipsis-correct", "等等……", null, null, null },
        { "near-ellipsis-paragraph", "…………", null, null, null },
        { "near-ellipsis-english", "wait... what", null, null, null },
        { "near-middle-dot-name", "阿卜杜拉·买买提", null, null, null },

        // Dashes
        { "dash-double-hyphen", "这就是--实干", "punctuation-dash", "--", "——" },
        { "dash-fullwidth-hyphens", "这就是－－实干", "punctuation-dash", "－－", "——" },
        { "dash-single-before-quote", "他说—“好”", "punctuation-dash", "—", "——" },
        { "dash-single-between-han", "这就是—实干", "punctuation-dash", "—", "——" },
        { "near-dash-correct", "这就是——实干", null, null, null },
        { "near-dash-gb-font", "这就是――实干", null, null, null },
        { "near-dash-year-range", "2011—2012年", null, null, null },
        { "near-dash-hyphen-english", "COVID-19疫情", null, null, null },
        { "near-dash-english", "well--known", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Punctuation_TableCase(string id, string text, string? ruleId, string? span, string? suggestion)
    {
        Assert.False(string.IsNullOrEmpty(id));
        CheckRunner.AssertCase(Check, text, ruleId, span, suggestion);
    }

    [Fact]
    public void Punctuation_SingleDashBetweenWords_IsOnlyAHint()
    {
        var finding = Assert.Single(CheckRunner.Run(Check, "北京—上海"));
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void Punctuation_PairsDoNotSpanLines()
    {
        var findings = CheckRunner.Run(Check, "《标题\n正文》");
        Assert.Equal([0, 6], findings.Select(f => f.Start));
        Assert.All(findings, f => Assert.Equal("punctuation-unbalanced", f.RuleId));
    }

    [Fact]
    public void Punctuation_CrossedPairs_ReportsBothStrays()
    {
        var findings = CheckRunner.Run(Check, "《关于“通知》的说明”");
        Assert.Equal(["“", "”"], findings.Select(f => f.Text));
    }

    [Fact]
    public void Punctuation_CategoryDisabled_ReportsNothing()
    {
        var options = new ReviewOptions { Categories = [Categories.Secret] };
        Assert.Empty(CheckRunner.Run(Check, "我们,,你们《", options));
    }
}
