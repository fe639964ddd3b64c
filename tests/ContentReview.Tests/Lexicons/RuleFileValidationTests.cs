using ContentReview.Lexicons;

namespace ContentReview.Tests.Lexicons;

/// <summary>Every kind of malformed rule file raises <see cref="LexiconFormatException"/> with file, line and rule id.</summary>
public class RuleFileValidationTests
{
    private const string Head = "category: agency-name\nrules:\n";

    private const string GoodRule = """
          - id: good-rule
            severity: error
            patterns: [国土资源部]
            suggestions: [自然资源部]
            message: 已更名。
            source: 方案

        """;

    /// <summary>case id, YAML, expected line, expected rule id (or null), a fragment of the problem.</summary>
    public static TheoryData<string, string, int, string?, string> Cases => new()
    {
        { "unknown-rule-key", Head + GoodRule + "  - id: r2\n    severity: error\n    patterns: [甲乙]\n    suggestions: [丙]\n    message: m\n    source: s\n    sugestion: [x]\n", 15, "r2", "unknown rule key 'sugestion'" },
        { "unknown-top-key", "category: typo\nrulez: []\n", 2, null, "unknown top-level key 'rulez'" },
        { "duplicate-id", Head + GoodRule + GoodRule, 9, "good-rule", "duplicate rule id 'good-rule'" },
        { "empty-patterns", Head + "  - id: r1\n    severity: info\n    patterns: []\n    message: m\n    source: s\n", 5, "r1", "'patterns' is empty" },
        { "empty-pattern-string", Head + "  - id: r1\n    severity: info\n    patterns: ['']\n    message: m\n    source: s\n", 5, "r1", "an empty string in 'patterns'" },
        { "unmatchable-pattern", Head + "  - id: r1\n    severity: info\n    patterns: ['  **  ']\n    message: m\n    source: s\n", 3, "r1", "can never match" },
        { "both-patterns-and-regex", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    regex: 乙\n    message: m\n    source: s\n", 3, "r1", "exactly one of 'patterns'" },
        { "no-patterns", Head + "  - id: r1\n    severity: info\n    message: m\n    source: s\n", 3, "r1", "exactly one of 'patterns'" },
        { "bad-regex", Head + "  - id: r1\n    severity: info\n    regex: '(甲'\n    message: m\n    source: s\n", 5, "r1", "bad regular expression" },
        { "regex-matches-empty", Head + "  - id: r1\n    severity: info\n    regex: '甲*'\n    message: m\n    source: s\n", 5, "r1", "matches the empty string" },
        { "regex-bad-group-ref", Head + "  - id: r1\n    severity: warning\n    regex: '(甲)乙'\n    suggestions: ['$2丙']\n    message: m\n    source: s\n", 6, "r1", "refers to group $2" },
        { "bad-severity", Head + "  - id: r1\n    severity: fatal\n    patterns: [甲]\n    message: m\n    source: s\n", 4, "r1", "severity 'fatal'" },
        { "missing-severity", Head + "  - id: r1\n    patterns: [甲]\n    message: m\n    source: s\n", 3, "r1", "missing 'severity'" },
        { "error-without-suggestions", Head + "  - id: r1\n    severity: error\n    patterns: [甲]\n    message: m\n    source: s\n", 3, "r1", "needs 'suggestions'" },
        { "missing-message", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    source: s\n", 3, "r1", "missing 'message'" },
        { "missing-source", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n", 3, "r1", "missing 'source'" },
        { "empty-source", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: '  '\n", 7, "r1", "'source' is empty" },
        { "bad-id", Head + "  - id: Bad_Id\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n", 3, null, "must match" },
        { "missing-id", Head + "  - severity: info\n    patterns: [甲]\n    message: m\n    source: s\n", 3, null, "needs an 'id'" },
        { "bad-category", "category: Agency Name\nrules: []\n", 1, null, "category 'Agency Name'" },
        { "rules-without-category", "rules:\n  - id: r1\n", 2, null, "needs a top-level 'category'" },
        { "nearby-unknown-key", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    nearby:\n      al: [[乙]]\n", 9, "r1", "unknown 'nearby' key 'al'" },
        { "nearby-no-terms", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    nearby:\n      scope: sentence\n", 9, "r1", "'nearby' needs 'all'" },
        { "nearby-bad-scope", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    nearby:\n      all: [[乙]]\n      scope: paragraph\n", 10, "r1", "'nearby.scope'" },
        { "nearby-zero-scope", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    nearby:\n      all: [[乙]]\n      scope: 0\n", 10, "r1", "'nearby.scope'" },
        { "nearby-bad-direction", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    nearby:\n      none: [乙]\n      direction: around\n", 10, "r1", "'nearby.direction'" },
        { "nearby-empty-group", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    nearby:\n      all: [[]]\n", 9, "r1", "'nearby.all group' is an empty list" },
        { "not-preceded-empty", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    not-preceded-by: []\n", 8, "r1", "'not-preceded-by' is an empty list" },
        { "not-followed-empty-string", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    not-followed-by: ['']\n", 8, "r1", "an empty string in 'not-followed-by'" },
        { "bad-bool", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    exact: yes\n", 8, "r1", "'exact' must be true or false" },
        { "bad-date", Head + "  - id: r1\n    severity: info\n    patterns: [甲]\n    message: m\n    source: s\n    effective: 2018-13-01\n", 8, "r1", "'effective' must be a date" },
        { "whole-word-on-typo", "category: typo\nrules:\n  - id: r1\n    severity: info\n    patterns: [甲乙]\n    message: m\n    source: s\n    whole-word: true\n", 8, "r1", "never used on typo rules" },
        { "patterns-not-list", Head + "  - id: r1\n    severity: info\n    patterns: 甲\n    message: m\n    source: s\n", 5, "r1", "'patterns' must be a list" },
        { "rule-not-mapping", Head + "  - just a string\n", 3, null, "a rule must be a mapping" },
        { "unmatchable-allow", "category: typo\nallow: ['·']\n", 2, null, "allow term '·'" },
        { "invalid-yaml", "category: typo\nrules: [\n", 3, null, "invalid YAML" },
        { "duplicate-key", Head + "  - id: r1\n    severity: info\n    severity: error\n    patterns: [甲]\n    message: m\n    source: s\n", 5, null, "invalid YAML" },
        { "empty-file", "", 0, null, "the file is empty" },
        { "two-documents", "category: typo\n---\ncategory: typo\n", 3, null, "exactly one YAML document" },
        { "suggestion-empty", Head + "  - id: r1\n    severity: warning\n    patterns: [甲]\n    suggestions: ['']\n    message: m\n    source: s\n", 6, "r1", "a suggestion is empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_MalformedRuleFile_ThrowsWithFileLineAndRuleId(string caseId, string yaml, int line, string? ruleId, string problem)
    {
        var e = Assert.Throws<LexiconFormatException>(() => ContentReviewer.CreateBuilder().UseBuiltInLexicon(false)
            .AddLexicon("bad.yaml", new StringReader(yaml)).Build());
        Assert.True(e.Problem.Contains(problem, StringComparison.Ordinal), $"{caseId}: problem was: {e.Problem}");
        Assert.Equal("bad.yaml", e.File);
        Assert.True(line == e.Line, $"{caseId}: line {e.Line}, expected {line} ({e.Message})");
        Assert.True(ruleId == e.RuleId, $"{caseId}: rule id {e.RuleId}, expected {ruleId}");
        Assert.StartsWith("bad.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GoodRuleFile_Loads()
    {
        var reviewer = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false)
            .AddLexicon("good.yaml", new StringReader(Head + GoodRule)).Build();
        var rule = Assert.Single(reviewer.Lexicon.Rules);
        Assert.Equal("good-rule", rule.Id);
        Assert.Equal("good.yaml", rule.File);
        Assert.Equal(Categories.AgencyName, rule.Category);
    }

    [Fact]
    public void Build_ReadmeExampleRuleFile_Loads()
    {
        // The example in lexicons/README.md must stay valid.
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "lexicons", "README.md"));
        int start = readme.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var reviewer = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false)
            .AddLexicon("README.md", new StringReader(readme[start..end])).Build();
        Assert.Equal("agency-2018-guotuziyuanbu", Assert.Single(reviewer.Lexicon.Rules).Id);
        Assert.Equal(new DateOnly(2018, 3, 17), reviewer.Lexicon.Rules[0].Effective);
    }

    [Fact]
    public void Build_BadSecondFile_BuildsNothing()
    {
        var builder = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false)
            .AddLexicon("good.yaml", new StringReader(Head + GoodRule))
            .AddLexicon("bad.yaml", new StringReader("category: typo\nrules: [oops]\n"));
        var e = Assert.Throws<LexiconFormatException>(builder.Build);
        Assert.Equal("bad.yaml", e.File);
    }
}
