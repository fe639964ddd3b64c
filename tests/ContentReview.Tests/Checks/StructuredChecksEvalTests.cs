using System.Text.Json;
using ContentReview.Checks;
using ContentReview.Tests.Cli;

namespace ContentReview.Tests.Checks;

/// <summary>
/// The structured checks against the shared development cases: every number/privacy/secret case is found (with the
/// expected correction when the case gives one), and no clean case gets a warning or error from them.
/// </summary>
public class StructuredChecksEvalTests
{
    private static readonly string[] OwnPrefixes = ["d-num-", "d-priv-", "d-sec-"];

    private sealed record Expect(string Span, string? Suggest);

    private sealed record Case(string Id, string Text, IReadOnlyList<Expect> Expected);

    private static List<Case> LoadCases()
    {
        var cases = new List<Case>();
        foreach (string line in File.ReadLines(SharedData.DevCases!))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var expected = root.GetProperty("expect").EnumerateArray()
                .Select(e => new Expect(
                    e.GetProperty("span").GetString()!,
                    e.TryGetProperty("suggest", out var s) ? s.GetString() : null))
                .ToList();
            cases.Add(new Case(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, expected));
        }

        return cases;
    }

    private static List<Finding> Review(string text)
    {
        var context = new ReviewContext(text, ReviewOptions.Default);
        var findings = new List<Finding>();
        foreach (var check in StructuredChecks.CreateAll())
        {
            check.Run(context, findings);
        }

        return findings;
    }

    private static string Strip(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [SharedEvalFact]
    public void DevCases_OwnCategories_AreFoundWithTheExpectedCorrection()
    {
        var own = LoadCases().Where(c => OwnPrefixes.Any(p => c.Id.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(own);
        foreach (var c in own)
        {
            var findings = Review(c.Text);
            foreach (var e in c.Expected)
            {
                int start = c.Text.IndexOf(e.Span, StringComparison.Ordinal);
                var hits = findings.Where(f => f.Start < start + e.Span.Length && start < f.End).ToList();
                Assert.True(hits.Count > 0, $"{c.Id}: «{e.Span}» not found; got {CheckRunner.Describe(findings)}");
                if (e.Suggest is not null)
                {
                    string expected = Strip(c.Text.Remove(start, e.Span.Length).Insert(start, e.Suggest));
                    Assert.Contains(hits, f => f.Suggestions.Count > 0 &&
                        Strip(c.Text.Remove(f.Start, f.Length).Insert(f.Start, f.Suggestions[0])) == expected);
                }
            }
        }
    }

    [SharedEvalFact]
    public void DevCases_CleanTexts_GetNoWarningFromStructuredChecks()
    {
        foreach (var c in LoadCases().Where(c => c.Expected.Count == 0))
        {
            var noisy = Review(c.Text).Where(f => f.Severity >= Severity.Warning).ToList();
            Assert.True(noisy.Count == 0, $"{c.Id}: {CheckRunner.Describe(noisy)}");
        }
    }

    [SharedEvalFact]
    public void DevCases_OtherCategories_GetNoWarningFromStructuredChecks()
    {
        // Cases about wording (agency names, typos, …) are not ours: a structured warning there is a false positive.
        foreach (var c in LoadCases().Where(c => c.Expected.Count > 0 && !OwnPrefixes.Any(p => c.Id.StartsWith(p, StringComparison.Ordinal))))
        {
            var noisy = Review(c.Text).Where(f => f.Severity >= Severity.Warning).ToList();
            Assert.True(noisy.Count == 0, $"{c.Id}: {CheckRunner.Describe(noisy)}");
        }
    }
}
