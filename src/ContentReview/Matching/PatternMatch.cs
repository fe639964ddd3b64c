namespace ContentReview.Matching;

/// <summary>One occurrence of a pattern: the pattern's index and a half-open span on the original text.</summary>
/// <param name="PatternIndex">Index of the pattern in the sequence given to <see cref="MultiPatternMatcher.Create"/>.</param>
/// <param name="Start">Start of the match in the original text, in UTF-16 code units.</param>
/// <param name="Length">Length of the match in the original text, in UTF-16 code units (ignored characters inside included).</param>
public readonly record struct PatternMatch(int PatternIndex, int Start, int Length)
{
    /// <summary>The exclusive end of the match: <c>Start + Length</c>.</summary>
    public int End => Start + Length;
}
