using System.Globalization;
using ContentReview.Matching;

namespace ContentReview.Tests.Matching;

/// <summary>
/// Table-driven cases with stable ids. Every case runs against both match kinds × all 16 normalization combinations
/// and must agree with <see cref="ReferenceMatcher"/>; the hand-written expectations pin the reference itself for the
/// default options (LeftmostLongest and All) and, where given, with every normalization off.
/// </summary>
public class MatcherCaseTests
{
    /// <param name="Id">Stable case id; never renumber.</param>
    /// <param name="Patterns">The patterns.</param>
    /// <param name="Text">The text.</param>
    /// <param name="Leftmost">Expected LeftmostLongest matches with default options, as "pattern:start+length …".</param>
    /// <param name="All">Expected All matches with default options; null = same as <paramref name="Leftmost"/>.</param>
    /// <param name="Raw">Expected LeftmostLongest matches with every normalization off; null = not pinned.</param>
    public sealed record Case(string Id, string[] Patterns, string Text, string Leftmost, string? All = null, string? Raw = null)
    {
        public override string ToString() => Id;
    }

    public static readonly Case[] Cases =
    [
        new("M001-plain", ["台湾政府"], "台湾政府", "0:0+4", Raw: "0:0+4"),
        new("M002-traditional", ["台湾政府"], "臺灣政府", "0:0+4", Raw: ""),
        new("M003-spaces-inside", ["台湾政府"], "台 湾 政 府", "0:0+7", Raw: ""),
        new("M004-noise-inside", ["台湾政府"], "台*湾*政*府", "0:0+7", Raw: ""),
        new("M005-zero-width-inside", ["台湾政府"], "台\u200B湾\u200D政\uFEFF府\u2060", "0:0+7", Raw: ""),
        new("M006-ideographic-space-nbsp", ["台湾政府"], "台\u3000湾\u00A0政府", "0:0+6", Raw: ""),
        new("M007-never-starts-or-ends-on-ignorable", ["台湾政府"], " *台湾政府* ", "0:2+4", Raw: "0:2+4"),
        new("M008-width-and-case", ["abc", "ＤＥＦ"], "ＡＢＣ def", "0:0+3 1:4+3", Raw: ""),
        new("M009-leftmost-longest-nested", ["中华", "中华人民共和国", "人民", "共和国"], "中华人民共和国成立",
            "1:0+7", All: "0:0+2 2:2+2 1:0+7 3:4+3", Raw: "1:0+7"),
        new("M010-leftmost-when-longer-fails", ["abcd", "bc"], "abcx", "1:1+2", Raw: "1:1+2"),
        new("M011-earlier-start-found-later", ["b", "abc"], "abc", "1:0+3", All: "0:1+1 1:0+3", Raw: "1:0+3"),
        new("M012-duplicates-reported-under-each-index", ["ab", "AB", "ab"], "xAbx", "0:1+2", All: "0:1+2 1:1+2 2:1+2", Raw: ""),
        new("M013-surrogate-pair-in-pattern", ["𠀀字"], "a𠀀字b", "0:1+3", Raw: "0:1+3"),
        new("M014-lone-surrogate-breaks-match", ["ab"], "a\uD800b\uDC00ab\uD800", "0:4+2", Raw: "0:4+2"),
        new("M015-bmp-traditional-to-supplementary", ["𬶠鱼"], "鰊魚 𬶠鱼", "0:0+2 0:3+3", Raw: "0:3+3"),
        new("M016-supplementary-traditional-to-bmp", ["岁"], "𡻕岁", "0:0+2 0:2+1", Raw: "0:2+1"),
        new("M017-traditional-chain-closed", ["苎"], "薴苧苎", "0:0+1 0:1+1 0:2+1", Raw: "0:2+1"),
        new("M018-same-start-longest-wins", ["中国", "中国人"], "中国人民", "1:0+3", All: "0:0+2 1:0+3", Raw: "1:0+3"),
        new("M019-resume-after-match", ["ab", "bcd"], "abcd", "0:0+2", All: "0:0+2 1:1+3", Raw: "0:0+2"),
        new("M020-ignorable-inside-pattern", ["台 湾"], "台湾", "0:0+2", Raw: ""),
        new("M021-ignorable-run-inside", ["ab"], "a  -  b", "0:0+7", Raw: ""),
        new("M022-dead-character-breaks-match", ["ab"], "axb", "", Raw: ""),
        new("M023-full-width-digits", ["2025年"], "２０２５年", "0:0+5", Raw: ""),
        new("M024-empty-text", ["a"], "", "", Raw: ""),
        new("M025-long-pattern-restart", ["a", "aab"], "aaa", "0:0+1 0:1+1 0:2+1", Raw: "0:0+1 0:1+1 0:2+1"),
        new("M026-ignorable-between-pairs", ["𠀀𠀁"], "𠀀 𠀁", "0:0+5", Raw: ""),
        new("M027-non-ascii-case", ["straße", "Ωμέγα"], "STRAßE ωΜΈΓΑ", "0:0+6 1:7+5", Raw: ""),
        new("M028-adjacent", ["ab"], "abab", "0:0+2 0:2+2", Raw: "0:0+2 0:2+2"),
        new("M029-noise-in-pattern-and-text", ["a-b"], "a-b ab", "0:0+3 0:4+2", Raw: "0:0+3"),
        new("M030-fail-chain-outputs", ["he", "she", "his", "hers"], "ushers", "1:1+3", All: "1:1+3 0:2+2 3:2+4", Raw: "1:1+3"),
        new("M031-ignorable-then-dead", ["ab"], "a *x b", "", Raw: ""),
        new("M032-ignorable-only-text", ["ab"], " \u3000*", "", Raw: ""),
        new("M033-pattern-ending-in-pair", ["a𠀀"], "A𠀀𠀀", "0:0+3", Raw: ""),
        new("M034-lone-high-before-pair", ["𠀀"], "\uD840𠀀", "0:1+2", Raw: "0:1+2"),
        new("M035-candidate-overtaken-by-earlier", ["cd", "abcde"], "abcde", "1:0+5", All: "0:2+2 1:0+5", Raw: "1:0+5"),
    ];

    public static TheoryData<Case> CaseData => new(Cases);

    [Theory]
    [MemberData(nameof(CaseData))]
    public void FindAll_Case_AgreesWithReferenceInEveryConfiguration(Case c)
    {
        foreach (var options in AllOptionCombinations())
        {
            var matcher = MultiPatternMatcher.Create(c.Patterns, options);
            var expected = ReferenceMatcher.Find(c.Patterns, c.Text, options);
            Assert.True(
                expected.SequenceEqual(Run(matcher, c.Text)),
                $"{c.Id} [{Describe(options)}]: expected {Format(expected)}, got {Format(Run(matcher, c.Text))}");
        }
    }

    [Theory]
    [MemberData(nameof(CaseData))]
    public void FindAll_Case_MatchesHandWrittenExpectation(Case c)
    {
        var leftmost = MultiPatternMatcher.Create(c.Patterns);
        Assert.Equal(c.Leftmost, Format(Run(leftmost, c.Text)));
        var all = MultiPatternMatcher.Create(c.Patterns, new MatcherOptions { MatchKind = MatchKind.All });
        Assert.Equal(c.All ?? c.Leftmost, Format(Run(all, c.Text)));
        if (c.Raw is not null)
        {
            var raw = MultiPatternMatcher.Create(c.Patterns, Raw(MatchKind.LeftmostLongest));
            Assert.Equal(c.Raw, Format(Run(raw, c.Text)));
        }
    }

    [Fact]
    public void Cases_HaveUniqueStableIds()
    {
        Assert.Equal(Cases.Length, Cases.Select(c => c.Id[..4]).Distinct().Count());
        Assert.All(Cases, c => Assert.Matches("^M[0-9]{3}-[a-z0-9-]+$", c.Id));
    }

    internal static IEnumerable<MatcherOptions> AllOptionCombinations()
    {
        foreach (var kind in new[] { MatchKind.LeftmostLongest, MatchKind.All })
        {
            for (int bits = 0; bits < 16; bits++)
            {
                yield return new MatcherOptions
                {
                    MatchKind = kind,
                    FoldWidth = (bits & 1) != 0,
                    IgnoreCase = (bits & 2) != 0,
                    FoldTraditional = (bits & 4) != 0,
                    SkipIgnorable = (bits & 8) != 0,
                };
            }
        }
    }

    internal static MatcherOptions Raw(MatchKind kind) => new()
    {
        MatchKind = kind,
        FoldWidth = false,
        IgnoreCase = false,
        FoldTraditional = false,
        SkipIgnorable = false,
    };

    internal static List<PatternMatch> Run(MultiPatternMatcher matcher, string text)
    {
        var list = new List<PatternMatch>();
        foreach (var m in matcher.FindAll(text))
        {
            list.Add(m);
        }

        return list;
    }

    /// <summary>Like <see cref="Run"/>, but the scanner reads one code unit at a time even where it would use the vector scan.</summary>
    internal static List<PatternMatch> RunScalar(MultiPatternMatcher matcher, string text)
    {
        var list = new List<PatternMatch>();
        foreach (var m in new MatchEnumerator(matcher, text, allowVector: false))
        {
            list.Add(m);
        }

        return list;
    }

    internal static string Format(IEnumerable<PatternMatch> matches) =>
        string.Join(" ", matches.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.PatternIndex}:{m.Start}+{m.Length}")));

    internal static string Describe(MatcherOptions o) =>
        $"{o.MatchKind} width={o.FoldWidth} case={o.IgnoreCase} trad={o.FoldTraditional} skip={o.SkipIgnorable}";
}
