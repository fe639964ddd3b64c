namespace ContentReview.Matching;

/// <summary>Which matches <see cref="MultiPatternMatcher.FindAll(ReadOnlySpan{char})"/> reports.</summary>
public enum MatchKind
{
    /// <summary>
    /// Non-overlapping matches scanned left to right: at each position the longest pattern that starts there wins,
    /// and the scan resumes after it. Cannot report a pattern hidden inside or overlapping a longer match.
    /// </summary>
    LeftmostLongest = 0,

    /// <summary>
    /// Every occurrence of every pattern, overlapping ones included, ordered by end position then by start
    /// (descending length). Cannot tell which of several overlapping matches a reader would pick.
    /// </summary>
    All = 1,
}
