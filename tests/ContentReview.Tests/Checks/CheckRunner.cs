using ContentReview.Checks;

namespace ContentReview.Tests.Checks;

/// <summary>Runs one check on a text and returns its findings, asserting the span invariants every check must keep.</summary>
internal static class CheckRunner
{
    public static List<Finding> Run(IReviewCheck check, string text, ReviewOptions? options = null)
    {
        var context = new ReviewContext(text, options ?? ReviewOptions.Default);
        var findings = new List<Finding>();
        check.Run(context, findings);
        foreach (var f in findings)
        {
            Assert.InRange(f.Start, 0, text.Length);
            Assert.InRange(f.Length, 1, text.Length - f.Start);
            Assert.Equal(text.Substring(f.Start, f.Length), f.Text);
            Assert.Contains(f.Category, check.Categories);
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.False(string.IsNullOrWhiteSpace(f.Source));
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", f.RuleId);
        }

        return findings;
    }

    /// <summary>
    /// Asserts the table case: when <paramref name="ruleId"/> is null no finding at all; otherwise exactly one finding
    /// with that rule on <paramref name="span"/> and, when given, <paramref name="suggestion"/> as its first suggestion.
    /// </summary>
    public static void AssertCase(IReviewCheck check, string text, string? ruleId, string? span, string? suggestion)
    {
        var findings = Run(check, text);
        if (ruleId is null)
        {
            Assert.True(findings.Count == 0, $"expected no finding in «{text}», got: " + Describe(findings));
            return;
        }

        var matching = findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(matching.Count == 1, $"expected one {ruleId} in «{text}», got: " + Describe(findings));
        var finding = matching[0];
        if (span is not null)
        {
            Assert.Equal(span, finding.Text);
        }

        if (suggestion is not null)
        {
            Assert.NotEmpty(finding.Suggestions);
            Assert.Equal(suggestion, finding.Suggestions[0]);
        }
    }

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.RuleId}@{f.Start}:«{f.Text}»→[{string.Join("|", f.Suggestions)}]"));
}
