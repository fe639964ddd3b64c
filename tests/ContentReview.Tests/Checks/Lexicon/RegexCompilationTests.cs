using System.Text.RegularExpressions;
using ContentReview.Checks.Lexicon;
using ContentReview.Tests.Review;

namespace ContentReview.Tests.Checks.Lexicon;

/// <summary>
/// A regex rule is interpreted for its first runs and compiled after <see cref="LexiconCheck.RegexCompileAfterRuns"/>:
/// the findings must not change when the engine does.
/// </summary>
public class RegexCompilationTests
{
    private const string Rules = """
        category: leader-title
        rules:
          - id: dup-dangwei
            severity: warning
            regex: '(省|市|县|区)\1委(?=书记|副书记|常委|$|[，。、])'
            suggestions: ['$1委']
            message: 测试。
            source: 测试
          - id: c-jiezhi
            severity: warning
            regex: '截止(?:到)?(目前|今|现在)'
            suggestions: ['截至$1']
            message: 测试。
            source: 测试
        """;

    private const string Text = "省省委书记到市里调研，市市委副书记陪同。截止目前，区区委、县县委均已完成，市委书记讲话。截止到今。";

    [Fact]
    public void Review_RegexRuleRunPastCompileThreshold_FindsTheSameEveryTime()
    {
        var reviewer = TestLexicon.Build(Rules);
        string first = Describe(reviewer.Review(Text));
        Assert.Contains("dup-dangwei@0+3 [省委]", first, StringComparison.Ordinal);
        Assert.Contains("c-jiezhi", first, StringComparison.Ordinal);
        for (int i = 0; i < (LexiconCheck.RegexCompileAfterRuns * 2) + 2; i++)
        {
            Assert.Equal(first, Describe(reviewer.Review(Text)));
        }

        var check = Assert.IsType<LexiconCheck>(reviewer.Checks[0]);
        Assert.All(Enumerable.Range(0, check.RuleCount), i => Assert.True(check.RegexFor(i).Options.HasFlag(RegexOptions.Compiled), $"rule {i} compiled"));
    }

    [Fact]
    public void RegexFor_Compiled_KeepsPatternOptionsAndTimeout()
    {
        var reviewer = TestLexicon.Build(Rules);
        var check = Assert.IsType<LexiconCheck>(reviewer.Checks[0]);
        var interpreted = check.RegexFor(0);
        Assert.False(interpreted.Options.HasFlag(RegexOptions.Compiled));
        Regex compiled = interpreted;
        for (int i = 0; i < LexiconCheck.RegexCompileAfterRuns; i++)
        {
            compiled = check.RegexFor(0);
        }

        Assert.True(compiled.Options.HasFlag(RegexOptions.Compiled));
        Assert.Same(compiled, check.RegexFor(0));
        Assert.Equal(interpreted.ToString(), compiled.ToString());
        Assert.Equal(interpreted.Options | RegexOptions.Compiled, compiled.Options);
        Assert.Equal(interpreted.MatchTimeout, compiled.MatchTimeout);
    }

    private static string Describe(ReviewResult result) =>
        string.Join("; ", result.Findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length} [{string.Join(",", f.Suggestions)}]"));
}
