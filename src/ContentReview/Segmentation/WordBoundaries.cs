using ContentReview.Checks;

namespace ContentReview.Segmentation;

/// <summary>
/// The word-boundary test behind whole-word rules (<c>whole-word: true</c>): does a match stand for a word of the text,
/// or is it a string of characters that happens to straddle words? Never use it for typo rules: a typo splits words by
/// nature.
/// </summary>
/// <remarks>
/// <para>The policy, for a match [start, end) and the segmentation of its text:</para>
/// <list type="number">
/// <item><description><b>No word may cross exactly one edge of the match.</b> Such a word would be cut apart by the
/// match: 中共 in 集中共享 (集中|共享), 口交 in 路口交通 (路口|交通), 大麻 in 大麻烦 (大|麻烦), 台独 in 平台独立
/// (平台|独立). This alone decides whenever the match is a word or a run of whole words (打倒|中共, 支持|台独) and when
/// the segmenter splits the match itself into smaller words (藏|独 with the HMM off): such boundaries strictly inside
/// the match, belonging to words inside it, do not count.</description></item>
/// <item><description><b>A word that contains the match and more</b> (台独分子 ⊃ 台独, 大麻哈鱼 ⊃ 大麻) fires only
/// when it is a compound of the match: each part outside the match is itself a dictionary word of at least two
/// characters (分子 ✓; 哈鱼 ✗, so the fish 大麻哈鱼 is not 大麻). With a segmenter that has no dictionary
/// (<see cref="IWordSegmenter.ContainsWord"/> answering true) every such word fires: when in doubt, report.</description></item>
/// </list>
/// <para>The simpler overload without the text applies rule 1 only (a containing word always fires).</para>
/// <para>Use a segmentation without the HMM (<c>JiebaSegmenter.Default.WithHmm(false)</c>) for this test: the HMM
/// glues unknown characters into new words, and a glued word that crosses an edge would hide a real match; the
/// dictionary alone already separates the four cases above.</para>
/// </remarks>
public static class WordBoundaries
{
    /// <summary>
    /// Rule 1 of the policy: true when no word of <paramref name="words"/> crosses exactly one edge of
    /// [<paramref name="start"/>, <paramref name="end"/>).
    /// </summary>
    /// <param name="words">The segmentation: consecutive spans in order, in the same coordinates as the match.</param>
    /// <param name="start">The match start.</param>
    /// <param name="end">The match end (exclusive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not greater than <paramref name="start"/>.</exception>
    public static bool IsWholeWordMatch(IReadOnlyList<TextSpan> words, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        return FindCrossing(words, start, end, out _) != Crossing.Cuts;
    }

    /// <summary>
    /// The full policy (rules 1 and 2): true when the match neither cuts a word apart nor lies inside a longer word
    /// that is not a compound of it.
    /// </summary>
    /// <param name="text">The segmented text; <paramref name="words"/>, <paramref name="start"/> and
    /// <paramref name="end"/> are positions in it.</param>
    /// <param name="words">The segmentation of <paramref name="text"/> by <paramref name="segmenter"/>.</param>
    /// <param name="start">The match start.</param>
    /// <param name="end">The match end (exclusive).</param>
    /// <param name="segmenter">The segmenter, for its dictionary.</param>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> or <paramref name="segmenter"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The match is empty or outside <paramref name="text"/>.</exception>
    public static bool IsWholeWordMatch(ReadOnlySpan<char> text, IReadOnlyList<TextSpan> words, int start, int end, IWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        switch (FindCrossing(words, start, end, out TextSpan container))
        {
            case Crossing.Cuts:
                return false;
            case Crossing.Contained:
                ReadOnlySpan<char> left = text[container.Start..start];
                ReadOnlySpan<char> right = text[end..container.End];
                return IsCompoundPart(left, segmenter) && IsCompoundPart(right, segmenter);
            default:
                return true;
        }
    }

    private static bool IsCompoundPart(ReadOnlySpan<char> part, IWordSegmenter segmenter) =>
        part.IsEmpty || (part.Length >= 2 && segmenter.ContainsWord(part));

    private enum Crossing
    {
        None,
        Cuts,
        Contained,
    }

    private static Crossing FindCrossing(IReadOnlyList<TextSpan> words, int start, int end, out TextSpan container)
    {
        container = default;

        // Binary search for the first word that ends after start: the words before it cannot touch the match.
        int lo = 0, hi = words.Count - 1, first = words.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].End > start)
            {
                first = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        for (int i = first; i < words.Count; i++)
        {
            TextSpan w = words[i];
            if (w.Start >= end)
            {
                break;
            }

            bool beginsBefore = w.Start < start, endsAfter = w.End > end;
            if ((beginsBefore && endsAfter) || (beginsBefore && w.End == end) || (w.Start == start && endsAfter))
            {
                container = w;
                return Crossing.Contained;
            }

            if (beginsBefore || endsAfter)
            {
                return Crossing.Cuts;
            }
        }

        return Crossing.None;
    }
}
