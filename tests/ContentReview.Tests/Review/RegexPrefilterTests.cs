using System.Text.RegularExpressions;
using ContentReview.Checks.Lexicon;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Review;

/// <summary>The literals a regex rule needs before it is worth running: conservative (null when unsure), never wrong.</summary>
public class RegexPrefilterTests
{
    /// <summary>case id, regex, expected literals joined by '|' (null: no prefilter).</summary>
    public static TheoryData<string, string, string?> Cases => new()
    {
        { "literal", "建党(\\d+)年", "建党" },
        { "alternation-then-required", "(公民|合法)(的)?权力(?!机关)", "公民权力|公民的权力|合法权力|合法的权力" },
        { "lookbehind-zero-width", "(?<![原前])([省市])监察(厅|局)", "市监察厅|市监察局|省监察厅|省监察局" },
        { "optional-quotes-multiplied", "([“]?)一带一路([”]?)战略", "“一带一路”战略|“一带一路战略|一带一路”战略|一带一路战略" },
        { "big-alternations-best-side", "(出售|销售|代购)\\s*(冰毒|海洛因)", "冰毒|海洛因" },
        { "plus-keeps-requirement", "(ab)+c", "ab" },
        { "star-requires-nothing", "a*", null },
        { "dot-only", ".{2,5}", null },
        { "class-range", "[\\u4e00-\\u9fa5]{2}中心支行", "中心支行" },
        { "small-class", "截[止至]", "截止|截至" },
        { "backreference-requires-nothing", "(省|市)\\1委", "委" },
        { "inline-options-give-up", "(?i)abc", null },
        { "escape-unicode", "\\u5efa党", "建党" },
        { "optional-whole", "(建党)?", null },
        { "anchors", "^第[一二]条$", "第一条|第二条" },
        { "alternation-with-empty-branch", "(甲|)乙", "乙|甲乙" },
        { "alternation-one-unbounded", "(甲|.)乙", "乙" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RequiredLiterals_Regex_GivesSafeLiterals(string caseId, string regex, string? expected)
    {
        var literals = RegexPrefilter.RequiredLiterals(regex);
        var actual = literals is null ? null : string.Join("|", literals);
        Assert.True(expected == actual, $"{caseId}: got {actual ?? "null"}");
    }

    [Fact]
    public void RequiredLiterals_BuiltInRegexRules_EveryMatchContainsOne()
    {
        // Every regex rule of the built-in lexicon, on texts that match it: the literals must be there.
        var texts = SampleTexts().ToList();
        foreach (var rule in BuiltInLexicon.Get().SelectMany(f => f.Rules).Where(r => r.Regex is not null))
        {
            var sets = RegexPrefilter.RequiredLiteralSets(rule.Regex!.ToString()) ?? [];
            foreach (var text in texts)
            {
                foreach (Match m in rule.Regex.Matches(text))
                {
                    foreach (var literals in sets)
                    {
                        Assert.True(literals.Any(l => m.Value.Contains(l, StringComparison.Ordinal)),
                            $"{rule.Id}: match '{m.Value}' contains none of {string.Join("|", literals)}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Review_RegexRuleWithPrefilter_FindsTheSameAsWithout()
    {
        var reviewer = TestLexicon.Build("""
            category: confusable
            rules:
              - id: c-jiezhi
                severity: warning
                regex: '截止(?:到)?(目前|今|现在)'
                suggestions: ['截至$1']
                message: 测试。
                source: 测试
            """);
        Assert.Equal(["截至目前"], Assert.Single(reviewer.Review("截止目前，已完成。").Findings).Suggestions);
        Assert.Equal(["截至今"], Assert.Single(reviewer.Review("截止到今，已完成。").Findings).Suggestions);
        Assert.Empty(reviewer.Review("报名截止日期为明天。").Findings);
    }

    [Theory]
    [InlineData("leader-dup-dangwei", "会上，某某市市委书记作了讲话。", "市市委", "市委")]
    [InlineData("leader-dup-dangwei", "这是省省委会议的决定。", "省省委", "省委")]
    [InlineData("leader-shenfen-qianzhui", "警方抓获一名农民工小偷。", "农民工小偷", "小偷")]
    [InlineData("sensitive-violence-weapon-sale", "网上低价出售仿真枪。", "出售仿真枪", null)]
    [InlineData("sensitive-violence-weapon-sale", "手枪出售，联系微信。", "手枪出售", null)]
    public void Review_RegexRulesWithTighterPrefilters_StillFire(string ruleId, string text, string found, string? suggestion)
    {
        // The rules whose prefilters were tightened for the run-together legal benchmark (spelt-out doubling, the
        // identity × crime product, branch-wise unions): still found through the default reviewer.
        var f = Assert.Single(Default.Value.Review(text).Findings, x => x.RuleId == ruleId);
        Assert.Equal(found, f.Text);
        if (suggestion is not null)
        {
            Assert.Equal(suggestion, f.Suggestions[0]);
        }
    }

    private static readonly Lazy<ContentReviewer> Default = new(ContentReviewer.CreateDefault);

    private static IEnumerable<string> SampleTexts()
    {
        // Positive texts from the rule sentences of the lexicon tests and the eval cases, when present.
        var eval = Path.Combine(RepoPaths.Root, "..", "shared", "eval", "dev-cases.jsonl");
        if (File.Exists(eval))
        {
            foreach (var line in File.ReadLines(eval))
            {
                using var doc = System.Text.Json.JsonDocument.Parse(line);
                yield return doc.RootElement.GetProperty("text").GetString()!;
            }
        }

        yield return "截止目前，出售冰毒，一带一路战略，纪念建党100年，省省委书记，市市委副书记，公民的权力，招聘启示，反应问题，分辩，9月1日至-9月3日，黑人歹徒";
    }
}

public class RegexPrefilterSetTests
{
    [Theory]
    [InlineData("sequence-gives-each-part", "(出售|销售)\\s*(冰毒|海洛因)", "出售,销售;冰毒,海洛因")]
    [InlineData("top-alternation-one-set", "甲乙|丙丁", "丙丁,甲乙")]
    [InlineData("exact-sequence-one-set", "截[止至]日", "截止日,截至日")]
    [InlineData("nothing", ".*", null)]
    [InlineData("top-alternation-branch-unions", "(出售|销售)\\s*(枪支|弹药)|(枪支|子弹)\\s*(出售|联系)", "出售,联系,销售;子弹,弹药,枪支;出售,子弹,枪支,销售")]
    [InlineData("branch-without-requirement", "(出售|销售)\\s*(枪支|弹药)|.+", null)]
    [InlineData("spelt-out-doubling", "(?=(省|市))(?:省省|市市)委", "市市委,省省委")]
    public void RequiredLiteralSets_Regex_GivesEveryRequiredPart(string caseId, string regex, string? expected)
    {
        var sets = RegexPrefilter.RequiredLiteralSets(regex);
        var actual = sets is null ? null : string.Join(";", sets.Select(x => string.Join(",", x)));
        Assert.True(expected == actual, $"{caseId}: got {actual ?? "null"}");
    }

    [Fact]
    public void Review_RegexNeedsAllSets_RunsOnlyWhenAllOccur()
    {
        var reviewer = TestLexicon.Build("""
            category: sensitive
            rules:
              - id: s-sale
                severity: error
                regex: '(出售|销售)\s*(冰毒|海洛因)'
                suggestions: []
                message: 测试。
                source: 测试
            """);
        Assert.Single(reviewer.Review("网上出售 冰毒").Findings);
        Assert.Empty(reviewer.Review("出售商品，禁毒宣传中提到冰毒的危害").Findings);
        Assert.Empty(reviewer.Review("出售商品").Findings);
    }
}
