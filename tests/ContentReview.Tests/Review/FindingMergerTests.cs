namespace ContentReview.Tests.Review;

/// <summary>The overlap policy: the most specific finding wins, nothing real is dropped.</summary>
public class FindingMergerTests
{
    private static Finding F(string id, int start, int length, Severity severity = Severity.Error, string category = "agency-name", bool suggestion = true) => new()
    {
        Start = start, Length = length, Text = new string('x', length), RuleId = id, Category = category, Severity = severity,
        Message = "m", Suggestions = suggestion ? ["s"] : [],
    };

    /// <summary>case id, findings, the rule ids expected to survive, in output order.</summary>
    public static TheoryData<string, Finding[], string[]> Cases => new()
    {
        { "longer-same-category-absorbs-shorter", [F("short", 2, 8), F("long", 0, 10)], ["long"] },
        { "same-span-higher-severity-wins", [F("warn", 0, 5, Severity.Warning), F("err", 0, 5)], ["err"] },
        { "same-span-suggestion-wins", [F("nosugg", 0, 5, suggestion: false), F("sugg", 0, 5)], ["sugg"] },
        { "same-span-equal-rank-first-by-id", [F("b", 0, 5), F("a", 0, 5)], ["a"] },
        { "different-categories-both-kept", [F("agency", 0, 5), F("sens", 1, 2, category: "sensitive")], ["agency", "sens"] },
        { "partial-overlap-both-kept", [F("left", 0, 4), F("right", 2, 4)], ["left", "right"] },
        { "shorter-error-inside-longer-warning-kept", [F("warn", 0, 10, Severity.Warning), F("err", 3, 2)], ["warn", "err"] },
        { "shorter-suggested-inside-longer-unsuggested-kept", [F("long", 0, 10, suggestion: false), F("short", 3, 2)], ["long", "short"] },
        { "longer-error-absorbs-shorter-warning", [F("err", 0, 10), F("warn", 3, 2, Severity.Warning)], ["err"] },
        { "chain-absorbed", [F("a", 0, 10), F("b", 1, 8), F("c", 2, 3)], ["a"] },
        { "disjoint-sorted", [F("second", 10, 2), F("first", 0, 2)], ["first", "second"] },
        { "touching-not-overlapping", [F("a", 0, 2), F("b", 2, 2)], ["a", "b"] },
        { "same-rule-duplicate", [F("a", 0, 2), F("a", 0, 2)], ["a"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merge_OverlappingFindings_FollowsThePolicy(string caseId, Finding[] findings, string[] expected)
    {
        var merged = FindingMerger.Merge(findings.ToList()).Select(f => f.RuleId).ToArray();
        Assert.True(expected.SequenceEqual(merged), $"{caseId}: got [{string.Join(", ", merged)}]");
    }

    [Fact]
    public void Merge_RandomFindings_MatchesNaiveDefinition()
    {
        var rng = new Random(12345);
        for (int round = 0; round < 500; round++)
        {
            var list = Enumerable.Range(0, rng.Next(1, 12)).Select(i => F(
                $"r{i}", rng.Next(0, 15), rng.Next(1, 6), (Severity)rng.Next(0, 3),
                rng.Next(2) == 0 ? "a" : "b", rng.Next(2) == 0)).ToList();

            // Naive: drop x when another y of the same category covers it and ranks higher, or ranks equal and sorts first.
            var sorted = list.OrderBy(f => f, Comparer<Finding>.Create(FindingMerger.Order)).ToList();
            var naive = sorted.Where((x, i) => !sorted.Where((y, j) => j != i && y.Category == x.Category
                && y.Start <= x.Start && x.End <= y.End
                && (FindingMerger.Rank(y, x) > 0 || (FindingMerger.Rank(y, x) == 0 && j < i))).Any()).ToList();

            var merged = FindingMerger.Merge(list.ToList());
            Assert.Equal(naive, merged);
        }
    }

    [Fact]
    public void Review_OverlappingRules_LongerErrorWinsDifferentCategoryKept()
    {
        var reviewer = TestLexicon.Build(TestLexicon.Sample + """

              - id: agency-full-fagaiwei
                severity: error
                patterns: [国家发展与改革委员会]
                suggestions: [国家发展和改革委员会]
                message: 全称应为“国家发展和改革委员会”。
                source: 测试
            """, b => b.AddLexicon("sens.yaml", new StringReader("""
            category: sensitive
            rules:
              - id: s-gaige
                severity: warning
                patterns: [改革委]
                suggestions: []
                message: 测试。
                source: 测试
            """)));
        var ids = reviewer.Review("国家发展与改革委员会").Findings.Select(f => f.RuleId).ToArray();
        Assert.Equal(["agency-full-fagaiwei", "s-gaige"], ids);
    }
}
