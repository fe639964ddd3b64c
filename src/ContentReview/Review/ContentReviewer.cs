using System.Globalization;
using ContentReview.Checks;
using ContentReview.Html;
using ContentReview.Lexicons;
using ContentReview.Matching;

namespace ContentReview;

/// <summary>
/// Reviews texts. Built once through <see cref="CreateBuilder"/> (or <see cref="CreateDefault"/> for the built-in
/// lexicon); immutable and thread-safe, so one instance serves every caller.
/// </summary>
/// <remarks>
/// A review: the input is checked against <see cref="ReviewOptions.MaxInputLength"/>; HTML input is reduced to its text
/// (spans are mapped back at the end); every check whose categories are wanted runs on the text; findings of unwanted
/// categories or below <see cref="ReviewOptions.MinimumSeverity"/> are dropped, then findings inside an occurrence of an
/// allow term; overlapping findings are merged (the policy is documented on <see cref="Review"/>); the rest is sorted by
/// position.
/// </remarks>
public sealed class ContentReviewer
{
    private readonly MultiPatternMatcher? _allow;

    internal ContentReviewer(IReadOnlyList<IReviewCheck> checks, LexiconInfo lexicon)
        : this(checks, lexicon, null)
    {
    }

    internal ContentReviewer(IReadOnlyList<IReviewCheck> checks, LexiconInfo lexicon, MultiPatternMatcher? allow)
    {
        Checks = checks;
        Lexicon = lexicon;
        _allow = allow;
    }

    /// <summary>The checks this reviewer runs, in order.</summary>
    public IReadOnlyList<IReviewCheck> Checks { get; }

    /// <summary>What lexicon this reviewer was built from: version, rules, counts.</summary>
    public LexiconInfo Lexicon { get; }

    /// <summary>Starts building a reviewer (built-in lexicon on by default).</summary>
    public static ContentReviewerBuilder CreateBuilder() => new();

    /// <summary>Builds a reviewer on the built-in lexicon and checks.</summary>
    public static ContentReviewer CreateDefault() => CreateBuilder().Build();

    /// <summary>Reviews <paramref name="text"/>.</summary>
    /// <param name="text">The input: plain text or HTML, as <paramref name="options"/> says.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="ReviewOptions.Default"/>.</param>
    /// <returns>
    /// The findings, sorted by start (then longer span first), with spans on <paramref name="text"/> — for HTML, on the
    /// HTML source: a finding covers from the source of its first character to that of its last, a decoded entity
    /// whole, and any tags in between.
    /// </returns>
    /// <remarks>
    /// Overlapping findings: one is dropped only when another finding of the same category covers its whole span and
    /// ranks at least as high by severity, then having a suggestion, then length. Findings of different categories,
    /// partial overlaps, and a more severe (or suggested) finding inside a weaker one are all kept, so nothing real is
    /// dropped.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="ReviewOptions.MaxInputLength"/>.</exception>
    /// <exception cref="InvalidOperationException">A check reported a span outside the text (a bug in that check).</exception>
    public ReviewResult Review(string text, ReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReviewOptions.Default;
        if (text.Length > options.MaxInputLength)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture,
                    "The input is {0:N0} characters long, over the limit of {1:N0} characters (ReviewOptions.MaxInputLength). Split the text or raise the limit.",
                    text.Length, options.MaxInputLength),
                nameof(text));
        }

        var html = options.ContentType == ContentType.Html ? HtmlTextExtractor.Extract(text) : null;
        var plain = html?.Text ?? text;
        var context = new ReviewContext(plain, options);
        var findings = new List<Finding>();
        foreach (var check in Checks)
        {
            if (check.Categories.Count > 0 && !check.Categories.Any(context.IsCategoryEnabled))
            {
                continue;
            }

            int before = findings.Count;
            check.Run(context, findings);
            for (int i = before; i < findings.Count; i++)
            {
                var f = findings[i];
                if (f is null || f.Start < 0 || f.Length <= 0 || f.End > plain.Length)
                {
                    throw new InvalidOperationException(
                        $"Check '{check.Name}' reported {(f is null ? "a null finding" : $"the span [{f.Start}, {f.End}) on a text of {plain.Length} characters")}.");
                }
            }
        }

        findings.RemoveAll(f => f.Severity < options.MinimumSeverity || !context.IsCategoryEnabled(f.Category));
        if (_allow is not null && findings.Count > 0)
        {
            RemoveAllowed(plain, findings);
        }

        var merged = FindingMerger.Merge(findings);
        if (html is not null)
        {
            for (int i = 0; i < merged.Count; i++)
            {
                var (start, length) = html.MapSpan(merged[i].Start, merged[i].Length);
                merged[i] = merged[i] with { Start = start, Length = length };
            }

            // Attribute text (alt, title, meta description) follows the body in the extracted text but lies inside a tag
            // in the HTML, so mapped findings are sorted again (stable: equal spans keep their merged order).
            bool sorted = true;
            for (int i = 1; i < merged.Count && sorted; i++)
            {
                sorted = FindingMerger.Order(merged[i - 1], merged[i]) <= 0;
            }

            if (!sorted)
            {
                var order = merged.Select((f, i) => (f, i)).ToList();
                order.Sort((x, y) => FindingMerger.Order(x.f, y.f) is var c && c != 0 ? c : x.i.CompareTo(y.i));
                for (int i = 0; i < merged.Count; i++)
                {
                    merged[i] = order[i].f;
                }
            }
        }

        return new ReviewResult(merged, Lexicon.Version);
    }

    private void RemoveAllowed(string text, List<Finding> findings)
    {
        var occurrences = new List<PatternMatch>();
        foreach (var m in _allow!.FindAll(text))
        {
            occurrences.Add(m);
        }

        if (occurrences.Count == 0)
        {
            return;
        }

        findings.RemoveAll(f => occurrences.Exists(a => a.Start <= f.Start && f.End <= a.End));
    }
}
