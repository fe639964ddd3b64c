namespace ContentReview.Cli.Eval;

/// <summary>An expected span no finding overlapped.</summary>
internal sealed record Miss(string CaseId, ExpectedSpan Expected);

/// <summary>An expected fix that no overlapping finding's first suggestion produces.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Expected">The expected span and fix.</param>
/// <param name="Got">What each overlapping finding's first suggestion makes of the text around the span (empty when
/// the span was missed or no overlapping finding had a suggestion).</param>
/// <param name="Flagged">Whether any finding overlapped the span at all.</param>
internal sealed record WrongSuggestion(string CaseId, ExpectedSpan Expected, IReadOnlyList<string> Got, bool Flagged);

/// <summary>A warning or error finding that overlaps no expected span.</summary>
internal sealed record FalsePositive(string CaseId, Finding Finding, bool CleanCase);

/// <summary>The scores of one run over a case file.</summary>
internal sealed class EvalResult
{
    public int Cases { get; set; }

    public int CleanCases { get; set; }

    /// <summary>Expected spans in all cases (the recall denominator).</summary>
    public int Expected { get; set; }

    /// <summary>Expected spans some finding overlapped.</summary>
    public int Hits { get; set; }

    /// <summary>Expected spans with a <c>suggest</c> (the suggestion-accuracy denominator, missed spans included).</summary>
    public int SuggestTotal { get; set; }

    /// <summary>Expected spans whose fix some overlapping finding's first suggestion produces.</summary>
    public int SuggestCorrect { get; set; }

    public List<Miss> Misses { get; } = [];

    public List<WrongSuggestion> WrongSuggestions { get; } = [];

    public List<FalsePositive> FalsePositives { get; } = [];

    /// <summary>Hits / expected, or null when no case expects anything.</summary>
    public double? Recall => Expected == 0 ? null : (double)Hits / Expected;

    /// <summary>Correct / expected fixes, or null when no case gives a suggest.</summary>
    public double? SuggestionAccuracy => SuggestTotal == 0 ? null : (double)SuggestCorrect / SuggestTotal;
}

/// <summary>
/// Scores findings against review cases exactly as shared/eval/README.md defines it:
/// <list type="bullet">
/// <item>recall: an expected span counts as flagged when a finding (of any severity) overlaps the first occurrence of
/// the span in the text (half-open spans, so touching is not overlapping);</item>
/// <item>suggestion accuracy: for an expected span with <c>suggest</c>, replacing the finding's span by its first
/// suggestion must give the same text as replacing the expected span by <c>suggest</c>, whitespace ignored; a finding
/// may cover a longer or shorter span. When several findings overlap, one that gets it right suffices (the editor sees
/// them all). Missed spans count as wrong, so the denominator is every expected span with a <c>suggest</c>;</item>
/// <item>false positives: warning or error findings that overlap no expected span (on a clean case, every warning or
/// error finding). Info findings are hints and never count.</item>
/// </list>
/// The findings come from a delegate, so the scoring is tested without a reviewer.
/// </summary>
internal static class EvalScorer
{
    public static EvalResult Score(IEnumerable<ReviewCase> cases, Func<ReviewCase, IReadOnlyList<Finding>> review)
    {
        var result = new EvalResult();
        foreach (var reviewCase in cases)
        {
            Add(result, reviewCase, review(reviewCase));
        }

        return result;
    }

    public static void Add(EvalResult result, ReviewCase reviewCase, IReadOnlyList<Finding> findings)
    {
        var text = reviewCase.Text;
        result.Cases++;
        if (reviewCase.Expect.Count == 0)
        {
            result.CleanCases++;
        }

        var expectedRanges = new List<(int Start, int End)>();
        foreach (var expected in reviewCase.Expect)
        {
            var start = text.IndexOf(expected.Span, StringComparison.Ordinal);
            if (start < 0)
            {
                // The reader rejects such cases; a hand-built case that gets here simply cannot be flagged.
                result.Expected++;
                result.Misses.Add(new Miss(reviewCase.Id, expected));
                continue;
            }

            var end = start + expected.Span.Length;
            expectedRanges.Add((start, end));
            result.Expected++;
            var overlapping = findings.Where(f => Overlaps(f, start, end)).ToList();
            if (overlapping.Count > 0)
            {
                result.Hits++;
            }
            else
            {
                result.Misses.Add(new Miss(reviewCase.Id, expected));
            }

            if (expected.Suggest is null)
            {
                continue;
            }

            result.SuggestTotal++;
            var want = WithoutWhitespace(string.Concat(text.AsSpan(0, start), expected.Suggest, text.AsSpan(end)));
            var got = new List<string>();
            var correct = false;
            foreach (var finding in overlapping)
            {
                if (finding.Suggestions.Count == 0 || finding.Start < 0 || finding.End > text.Length)
                {
                    continue;
                }

                var fixedText = string.Concat(text.AsSpan(0, finding.Start), finding.Suggestions[0], text.AsSpan(finding.End));
                if (WithoutWhitespace(fixedText) == want)
                {
                    correct = true;
                    break;
                }

                got.Add(Excerpt(fixedText, Math.Min(start, finding.Start), finding.Start + finding.Suggestions[0].Length));
            }

            if (correct)
            {
                result.SuggestCorrect++;
            }
            else
            {
                result.WrongSuggestions.Add(new WrongSuggestion(reviewCase.Id, expected, got, overlapping.Count > 0));
            }
        }

        foreach (var finding in findings)
        {
            if (finding.Severity >= Severity.Warning && !expectedRanges.Any(r => Overlaps(finding, r.Start, r.End)))
            {
                result.FalsePositives.Add(new FalsePositive(reviewCase.Id, finding, reviewCase.Expect.Count == 0));
            }
        }
    }

    /// <summary>Half-open overlap; a zero-length finding overlaps a span it lies strictly inside.</summary>
    internal static bool Overlaps(Finding finding, int start, int end) =>
        finding.Length == 0
            ? finding.Start > start && finding.Start < end
            : finding.Start < end && start < finding.End;

    internal static string WithoutWhitespace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The corrected text around the fix, with a few characters of context, for the report.</summary>
    private static string Excerpt(string text, int from, int to)
    {
        from = Math.Clamp(from - 4, 0, text.Length);
        to = Math.Clamp(to + 4, from, text.Length);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }
}
