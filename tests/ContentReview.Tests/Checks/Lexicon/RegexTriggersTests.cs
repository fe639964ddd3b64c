using System.Text;
using System.Text.RegularExpressions;
using ContentReview.Checks.Lexicon;

namespace ContentReview.Tests.Checks.Lexicon;

public class RegexTriggersTests
{
    public static TheoryData<string, string, string?> Cases => new()
    {
        // id, pattern, expected clauses (" & " between clauses, "|" between a clause's literals; null: the regex always runs)
        { "T01-literal", "建党(\\d+)年", "建党 & 年" },
        { "T02-both-alternations-required", "(出售|销售)\\s*(冰毒|海洛因)", "出售|销售 & 冰毒|海洛因" },
        { "T03-optional-class-expands", "\\d+(\\.\\d+)?多[万亿千百]?余", "多万余|多亿余|多余|多千余|多百余" },
        { "T04-optional-prefix-expands", "(原)?国土资源部", "原国土资源部|国土资源部" },
        { "T05-concatenated-alternatives", "(省|市)人大", "市人大|省人大" },
        { "T06-lookbehind-ignored", "(?<![原前])([省市])监察(厅|局)", "市监察厅|市监察局|省监察厅|省监察局" },
        { "T07-backreference-breaks-run", "(省|市)\\1委", "委 & 市|省" },
        { "T08-class-of-plain-chars", "[万亿]元", "万元|亿元" },
        { "T09-top-level-alternation", "甲乙|丙丁", "丙丁|甲乙" },
        { "T10-empty-branch", "(甲|)乙", "乙|甲乙" },
        { "T11-nothing-required", "\\d+", null },
        { "T12-star", "(甲乙)*", null },
        { "T13-inline-options", "(?i)abc", null },
        { "T14-plus-keeps-requirement", "(甲乙)+丙?", "甲乙" },
        { "T15-escaped-meta", "\\(\\d\\)号", ")号 & (" },
        { "T16-unicode-escape", "\\u4e2d\\u56fd", "中国" },
        { "T17-named-group", "(?<y>\\d{4})年度", "年度" },
        { "T18-negated-class", "[^的]权力", "权力" },
        { "T19-range-class", "[a-z]+公司", "公司" },
        { "T20-counted-repeat-required", "(甲){2,3}乙", "甲 & 乙" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_GivesTheExpectedTriggers(string id, string pattern, string? expected)
    {
        var clauses = RegexTriggers.Extract(pattern);
        string? actual = clauses is null ? null : string.Join(" & ", clauses.Select(c => string.Join("|", c)));
        Assert.True(expected == actual, $"{id}: got {actual ?? "null"}");
    }

    [Fact]
    public void Extract_EveryMatchContainsATrigger_OnRandomRegexesAndTexts()
    {
        // Random regexes from a grammar over a tiny alphabet, random texts over the same alphabet: wherever triggers are
        // derived, every match must contain one (the prefilter may never hide a match).
        var rng = new Random(20261122);
        int withTriggers = 0;
        for (int n = 0; n < 3000; n++)
        {
            string pattern = RandomRegex(rng, 3);
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                continue;
            }

            var clauses = RegexTriggers.Extract(pattern);
            if (clauses is null)
            {
                continue;
            }

            withTriggers++;
            for (int t = 0; t < 20; t++)
            {
                string text = RandomText(rng);
                for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                {
                    foreach (var clause in clauses)
                    {
                        Assert.True(clause.Any(tr => m.Value.Contains(tr, StringComparison.Ordinal)),
                            $"pattern /{pattern}/ matched '{m.Value}' in '{text}' without any of [{string.Join(", ", clause)}]");
                    }

                    if (m.Length == 0)
                    {
                        break;
                    }
                }
            }
        }

        Assert.True(withTriggers > 500, $"only {withTriggers} random regexes got triggers: the generator or the analysis is off");
    }

    [Fact]
    public void BuiltInRegexRules_MostGetTriggers()
    {
        var reviewer = ContentReviewer.CreateDefault();
        var regexRules = reviewer.Lexicon.Rules.Where(r => r.Patterns.Count == 1 && IsRegexRule(r)).ToList();
        Assert.NotEmpty(regexRules);
        var without = regexRules.Where(r => RegexTriggers.Extract(r.Patterns[0]) is null).Select(r => r.Id).ToList();
        Assert.True(without.Count * 10 <= regexRules.Count, "regex rules without triggers (they scan every text): " + string.Join(", ", without));
    }

    private static bool IsRegexRule(ContentReview.Lexicons.RuleInfo rule) =>
        rule.Patterns[0].IndexOfAny(['(', '\\', '[', '|', '?', '+', '*']) >= 0;

    private static readonly string[] Atoms = ["a", "b", "c", "\\d", ".", "[ab]", "[^a]", "^", "$", "\\b"];

    private static string RandomRegex(Random rng, int depth)
    {
        var sb = new StringBuilder();
        int items = rng.Next(1, 4);
        for (int i = 0; i < items; i++)
        {
            string atom = depth > 0 && rng.Next(4) == 0
                ? "(" + (rng.Next(5) == 0 ? "?:" : rng.Next(6) == 0 ? "?=" : rng.Next(6) == 0 ? "?<!" : "") +
                  RandomRegex(rng, depth - 1) + (rng.Next(2) == 0 ? "|" + RandomRegex(rng, depth - 1) : "") + ")"
                : Atoms[rng.Next(Atoms.Length)];
            sb.Append(atom);
            if (atom is not ("^" or "$" or "\\b"))
            {
                sb.Append(rng.Next(8) switch { 0 => "?", 1 => "*", 2 => "+", 3 => "{2}", 4 => "{0,2}", 5 => "{1,3}?", _ => "" });
            }
        }

        if (depth == 3 && rng.Next(4) == 0)
        {
            sb.Append('|').Append(RandomRegex(rng, 1));
        }

        return sb.ToString();
    }

    private static string RandomText(Random rng)
    {
        const string alphabet = "abc1 ";
        var chars = new char[rng.Next(0, 12)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[rng.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
