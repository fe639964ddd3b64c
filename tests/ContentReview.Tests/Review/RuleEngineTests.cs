using ContentReview.Lexicons;
using ContentReview.Segmentation;

namespace ContentReview.Tests.Review;

/// <summary>The lexicon rules through the public API: patterns, context conditions, allow terms, exact and regex rules.</summary>
public class RuleEngineTests
{
    private static readonly ContentReviewer Sample = TestLexicon.Build(TestLexicon.Sample);

    /// <summary>case id, text, expected findings as "ruleId@start+length" (empty: clean).</summary>
    public static TheoryData<string, string, string[]> SampleCases => new()
    {
        { "outdated-name", "国土资源部发布通知。", ["agency-2018-guotuziyuanbu@0+5"] },
        { "outdated-name-mid-sentence", "今天，国土资源部发布通知。", ["agency-2018-guotuziyuanbu@3+5"] },
        { "preceded-by-yuan-is-history", "原国土资源部发布通知。", [] },
        { "preceded-by-qian-is-history", "前国土资源部部长。", [] },
        { "followed-by-men-is-not-the-ministry", "各级农业部门要加强指导。", [] },
        { "ministry-flagged", "农业部印发通知。", ["agency-2018-nongyebu@0+3"] },
        { "ignorable-spaces-inside", "国 土 资 源 部发布", ["agency-2018-guotuziyuanbu@0+9"] },
        { "full-width-space-inside", "国土\u3000资源部", ["agency-2018-guotuziyuanbu@0+6"] },
        { "two-occurrences", "国土资源部和农业部", ["agency-2018-guotuziyuanbu@0+5", "agency-2018-nongyebu@6+3"] },
        { "traditional-folded", "國土資源部發布通知", ["agency-2018-guotuziyuanbu@0+5"] },
        { "full-width-latin-untouched", "ＡＢ国土资源部", ["agency-2018-guotuziyuanbu@2+5"] },
        { "file-allow-term-suppresses", "原国土资源部大楼", [] },
        { "connective", "国家发展与改革委员会", ["agency-connective-fagaiwei@2+8"] },
        { "clean", "自然资源部和农业农村部联合发文。", [] },
    };

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Review_SampleLexicon_FindsExpectedSpans(string caseId, string text, string[] expected)
    {
        var actual = Sample.Review(text).Findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{caseId}: got [{string.Join(", ", actual)}]");
    }

    [Fact]
    public void Review_Finding_CarriesEverythingFromTheRule()
    {
        var f = Assert.Single(Sample.Review("国土资源部").Findings);
        Assert.Equal("国土资源部", f.Text);
        Assert.Equal(Categories.AgencyName, f.Category);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(["自然资源部"], f.Suggestions);
        Assert.Contains("自然资源部", f.Message, StringComparison.Ordinal);
        Assert.Contains("国务院机构改革方案", f.Source, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2018, 3, 17), f.Effective);
        Assert.Equal(5, f.End);
    }

    private const string Nearby = """
        category: political-term
        rules:
          - id: jinian-jiandang
            severity: error
            patterns: [纪念]
            suggestions: [庆祝]
            message: 建党周年是喜庆的纪念日，应用“庆祝”；“纪念”用于逝者和过去的事件。
            source: 中共中央宣传部有关规范表述
            nearby:
              all: [[建党, 成立], [周年]]
              none: [诞辰, 逝世]
              direction: after
          - id: near-window
            severity: warning
            patterns: [甲]
            suggestions: [乙]
            message: 测试窗口。
            source: 测试
            nearby:
              all: [[丙]]
              scope: 3
          - id: near-before
            severity: warning
            patterns: [丁]
            suggestions: [戊]
            message: 测试方向。
            source: 测试
            nearby:
              all: [丙]
              direction: before
        """;

    public static TheoryData<string, string, string[]> NearbyCases => new()
    {
        { "seed-case", "热烈纪念中国共产党建党100周年！", ["jinian-jiandang@2+2"] },
        { "seed-case-chengli", "纪念中国共产党成立100周年", ["jinian-jiandang@0+2"] },
        { "commemorate-the-dead", "纪念毛泽东同志诞辰130周年座谈会", [] },
        { "terms-in-other-sentence", "纪念活动结束。建党100周年前夕", [] },
        { "terms-before-not-after", "建党100周年之际，我们纪念先烈", [] },
        { "missing-one-group", "纪念中国共产党建党", [] },
        { "line-break-ends-sentence", "纪念中国共产党\n建党100周年", [] },
        { "window-inside", "甲一二丙", ["near-window@0+1"] },
        { "window-outside", "甲一二三丙", [] },
        { "direction-before-holds", "丙说丁", ["near-before@2+1"] },
        { "direction-before-fails-after", "丁说丙", [] },
    };

    [Theory]
    [MemberData(nameof(NearbyCases))]
    public void Review_NearbyConditions_FireOnlyInContext(string caseId, string text, string[] expected)
    {
        var reviewer = TestLexicon.Build(Nearby);
        var actual = reviewer.Review(text).Findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{caseId}: got [{string.Join(", ", actual)}]");
    }

    private const string WholeWord = """
        category: sensitive
        rules:
          - id: s-zhonggong
            severity: error
            patterns: [中共]
            suggestions: [中国共产党]
            message: 测试。
            source: 测试
            whole-word: true
          - id: s-kouiao
            severity: error
            patterns: [口交]
            suggestions: []
            message: 测试。
            source: 测试
            whole-word: true
          - id: s-dama
            severity: error
            patterns: [大麻]
            suggestions: []
            message: 测试。
            source: 测试
            whole-word: true
          - id: s-taidu
            severity: error
            patterns: [台独]
            suggestions: []
            message: 测试。
            source: 测试
            whole-word: true
          - id: s-not-whole-word
            severity: warning
            patterns: [独立]
            suggestions: []
            message: 测试。
            source: 测试
        """;

    public static TheoryData<string, string, string[]> WholeWordCases => new()
    {
        { "jizhong-gongxiang", "数据集中共享平台", [] },
        { "lukou-jiaotong", "路口交通秩序良好", [] },
        { "da-mafan", "这是个大麻烦", [] },
        { "pingtai-duli", "平台独立运行", ["s-not-whole-word@2+2"] },
        { "zhonggong-zhongyang", "中共中央印发", ["s-zhonggong@0+2"] },
        { "taidu-alone", "反对台独", ["s-taidu@2+2"] },
        { "dama-alone", "吸食大麻违法", ["s-dama@2+2"] },
        { "compound-fires", "严惩台独分子", ["s-taidu@2+2"] },
        { "non-compound-container-does-not", "捕捞大麻哈鱼", [] },
    };

    [Theory]
    [MemberData(nameof(WholeWordCases))]
    public void Review_WholeWordRules_DoNotFireInsideOtherWords(string caseId, string text, string[] expected)
    {
        // The default segmenter: the built-in jieba segmenter with the HMM off.
        var reviewer = TestLexicon.Build(WholeWord);
        var actual = reviewer.Review(text).Findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{caseId}: got [{string.Join(", ", actual)}]");
    }

    [Fact]
    public void Review_WholeWord_UsesTheSegmenterGiven()
    {
        // A segmenter that cuts every character apart: every edge is a boundary, so whole-word never blocks.
        var perChar = new PerCharacterSegmenter();
        var reviewer = TestLexicon.Build(WholeWord, b => b.UseWordSegmenter(perChar));
        Assert.Contains(reviewer.Review("数据集中共享").Findings, f => f.RuleId == "s-zhonggong");
        Assert.True(perChar.Calls > 0);

        // It sees the sentence of the match, not the whole document.
        Assert.All(perChar.Inputs, s => Assert.DoesNotContain("。", s[..^1], StringComparison.Ordinal));
    }

    private sealed class PerCharacterSegmenter : IWordSegmenter
    {
        public int Calls;
        public List<string> Inputs = [];

        public IReadOnlyList<ContentReview.Checks.TextSpan> Cut(string text)
        {
            Calls++;
            lock (Inputs)
            {
                Inputs.Add(text);
            }

            return Enumerable.Range(0, text.Length).Select(i => new ContentReview.Checks.TextSpan(i, 1)).ToArray();
        }
    }

    private const string Exact = """
        category: political-term
        rules:
          - id: buwang-chuxin-punct
            severity: error
            patterns: [不忘初心，牢记使命]
            suggestions: [不忘初心、牢记使命]
            message: 固定表述中两个短语之间用顿号。
            source: 党的十九大报告
            exact: true
          - id: loose
            severity: warning
            patterns: [初心使命]
            suggestions: [初心和使命]
            message: 测试。
            source: 测试
        """;

    public static TheoryData<string, string, string[]> ExactCases => new()
    {
        { "comma-flagged", "我们要不忘初心，牢记使命。", ["buwang-chuxin-punct@3+9"] },
        { "enumeration-comma-clean", "我们要不忘初心、牢记使命。", [] },
        { "no-punctuation-clean", "不忘初心牢记使命", [] },
        { "half-width-comma-not-folded", "不忘初心,牢记使命", [] },
        { "space-not-skipped", "不忘初心， 牢记使命", [] },
        { "non-exact-skips-ignorable", "初 心 使 命", ["loose@0+7"] },
    };

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void Review_ExactRules_MatchPunctuationLiterally(string caseId, string text, string[] expected)
    {
        // Only this lexicon's category: the built-in punctuation check rightly flags the half-width comma too.
        var reviewer = TestLexicon.Build(Exact);
        var actual = reviewer.Review(text, new ReviewOptions { Categories = [Categories.PoliticalTerm] }).Findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{caseId}: got [{string.Join(", ", actual)}]");
    }

    private const string Regex = """
        category: political-term
        rules:
          - id: jiandang-nian
            severity: error
            regex: '建党(\d+)年'
            suggestions: ['建党$1周年']
            message: 建党纪念用“周年”。
            source: 规范表述
          - id: slow
            severity: warning
            regex: '^(a+)+$'
            suggestions: []
            message: 测试超时。
            source: 测试
        """;

    [Fact]
    public void Review_RegexRule_ExpandsGroupsInSuggestions()
    {
        var reviewer = TestLexicon.Build(Regex);
        var f = Assert.Single(reviewer.Review("庆祝建党100年大会").Findings);
        Assert.Equal("jiandang-nian", f.RuleId);
        Assert.Equal((2, 6), (f.Start, f.Length));
        Assert.Equal(["建党100周年"], f.Suggestions);
        var info = reviewer.Lexicon.Rules.Single(r => r.Id == "jiandang-nian");
        Assert.True(info.IsRegex);
        Assert.Equal(@"建党(\d+)年", Assert.Single(info.Patterns));
    }

    [Fact]
    public void Review_RegexRuleTimesOut_SkipsThatRuleOnly()
    {
        var reviewer = TestLexicon.Build(Regex);
        var text = "建党100年" + new string('a', 40_000) + "!";
        var findings = reviewer.Review(text).Findings;
        Assert.Equal("jiandang-nian", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void Review_RuleLevelAllow_SuppressesOnlyThatRule()
    {
        var reviewer = TestLexicon.Build("""
            category: typo
            rules:
              - id: t1
                severity: warning
                patterns: [截止]
                suggestions: [截至]
                message: 测试。
                source: 测试
                allow: [截止日期]
              - id: t2
                severity: info
                patterns: [止日]
                message: 测试。
                source: 测试
            """);
        var ids = reviewer.Review("截止日期为明天；截止今天").Findings.Select(f => $"{f.RuleId}@{f.Start}").ToArray();
        Assert.Equal(["t2@1", "t1@8"], ids);
    }

    [Fact]
    public void Review_BuilderAllowTerms_SuppressFindingsInside()
    {
        var reviewer = TestLexicon.Build(TestLexicon.Sample, b => b.AddAllowTerms(["国土资源部旧址"]));
        Assert.Empty(reviewer.Review("参观国土资源部旧址").Findings);
        Assert.Single(reviewer.Review("国土资源部发文").Findings);
    }

    [Fact]
    public void AddAllowTerms_UnmatchableTerm_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ContentReviewer.CreateBuilder().AddAllowTerms([" ** "]));
        Assert.Equal("terms", e.ParamName);
    }
}

public class ParagraphBreakTests
{
    private static readonly ContentReviewer Reviewer = TestLexicon.Build(TestLexicon.Sample);

    [Theory]
    [InlineData("hard-wrap-matches", "国土资源\n部发文", 1)]
    [InlineData("crlf-hard-wrap-matches", "国土资源\r\n部发文", 1)]
    [InlineData("blank-line-does-not", "国土资源\n\n部发文", 0)]
    [InlineData("blank-line-with-spaces-does-not", "国土资源\n \r\n部发文", 0)]
    public void Review_PlainText_MatchesAcrossHardWrapNotParagraph(string caseId, string text, int count) =>
        Assert.True(count == Reviewer.Review(text).Findings.Count, caseId);
}
