using System.Buffers;
using ContentReview.Matching;

namespace ContentReview.Benchmarks.Matching;

/// <summary>The engines compared, behind one build/count shape so BenchmarkDotNet and the Stopwatch comparison share them.</summary>
public static class MatcherEngines
{
    public static readonly string[] Names =
    [
        "MultiPatternMatcher LeftmostLongest, normalization on (default)",
        "MultiPatternMatcher All, normalization on",
        "MultiPatternMatcher LeftmostLongest, normalization off",
        "MultiPatternMatcher All, normalization off",
        "Textbook Aho-Corasick (Dictionary children), All",
        "SearchValues<string> IndexOfAny loop",
    ];

    public static MatcherOptions Options(MatchKind kind, bool normalize) => normalize
        ? new MatcherOptions { MatchKind = kind }
        : new MatcherOptions { MatchKind = kind, FoldWidth = false, IgnoreCase = false, FoldTraditional = false, SkipIgnorable = false };

    /// <summary>Builds engine <paramref name="engine"/> and returns a function counting matches in a text.</summary>
    public static Func<string, int> Build(int engine, string[] patterns)
    {
        switch (engine)
        {
            case 0:
            case 1:
            case 2:
            case 3:
                var m = MultiPatternMatcher.Create(patterns, Options(engine % 2 == 0 ? MatchKind.LeftmostLongest : MatchKind.All, engine < 2));
                return text => Count(m, text);
            case 4:
                var t = new TextbookAhoCorasick(patterns);
                return t.CountAll;
            case 5:
                var sv = SearchValues.Create(patterns, StringComparison.Ordinal);
                return text => CountSearchValues(sv, text);
            default:
                throw new ArgumentOutOfRangeException(nameof(engine));
        }
    }

    public static int Count(MultiPatternMatcher matcher, string text)
    {
        int n = 0;
        foreach (var _ in matcher.FindAll(text))
        {
            n++;
        }

        return n;
    }

    /// <summary>Positions where some pattern starts, found by repeated IndexOfAny (each hit resumes one char later).</summary>
    public static int CountSearchValues(SearchValues<string> values, string text)
    {
        int n = 0;
        var span = text.AsSpan();
        while (true)
        {
            int i = span.IndexOfAny(values);
            if (i < 0)
            {
                return n;
            }

            n++;
            span = span[(i + 1)..];
        }
    }
}
