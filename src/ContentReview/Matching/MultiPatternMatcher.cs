using System.Globalization;

namespace ContentReview.Matching;

/// <summary>
/// Finds many patterns at once in a text. Built once by <see cref="Create"/>; immutable and thread-safe afterwards.
/// </summary>
/// <remarks>
/// PLACEHOLDER ENGINE (skeleton commit): brute force over a normalized copy of the text, no traditional folding, no
/// Save/Load. The Aho-Corasick engine replaces the internals; the public surface stays.
/// </remarks>
public sealed class MultiPatternMatcher
{
    private readonly string[] _patterns;
    private readonly string[] _normalized;
    private readonly MatcherOptions _options;

    private MultiPatternMatcher(string[] patterns, string[] normalized, MatcherOptions options)
    {
        _patterns = patterns;
        _normalized = normalized;
        _options = options;
    }

    /// <summary>Number of patterns the matcher was built from.</summary>
    public int PatternCount => _patterns.Length;

    /// <summary>Which matches <see cref="FindAll"/> reports.</summary>
    public MatchKind MatchKind => _options.MatchKind;

    /// <summary>Returns the pattern with the given index, as it was given to <see cref="Create"/>.</summary>
    /// <param name="index">The pattern index reported in <see cref="PatternMatch.PatternIndex"/>.</param>
    public string GetPattern(int index) => _patterns[index];

    /// <summary>Builds a matcher.</summary>
    /// <param name="patterns">The patterns; duplicates are allowed and reported under each index.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A pattern normalizes to nothing; the message names its index.</exception>
    public static MultiPatternMatcher Create(IEnumerable<string> patterns, MatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var copy = new MatcherOptions
        {
            MatchKind = options?.MatchKind ?? MatchKind.LeftmostLongest,
            FoldWidth = options?.FoldWidth ?? true,
            IgnoreCase = options?.IgnoreCase ?? true,
            FoldTraditional = options?.FoldTraditional ?? true,
            SkipIgnorable = options?.SkipIgnorable ?? true,
            NoiseCharacters = options?.NoiseCharacters ?? MatcherOptions.DefaultNoiseCharacters,
        };
        var list = patterns.ToArray();
        var normalized = new string[list.Length];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(patterns), $"Pattern at index {i} is null.");
            }

            var (n, _) = Normalize(list[i], copy);
            if (n.Length == 0)
            {
                throw new ArgumentException($"Pattern at index {i} ('{list[i]}') normalizes to nothing.", nameof(patterns));
            }

            normalized[i] = n;
        }

        return new MultiPatternMatcher(list, normalized, copy);
    }

    /// <summary>Enumerates the matches in <paramref name="text"/>; see <see cref="MatchKind"/> for which ones.</summary>
    /// <param name="text">The text to search.</param>
    public MatchEnumerator FindAll(ReadOnlySpan<char> text) => new(Collect(text.ToString()));

    private PatternMatch[] Collect(string text)
    {
        var (norm, map) = Normalize(text, _options);
        var all = new List<PatternMatch>();
        for (int i = 0; i < norm.Length; i++)
        {
            for (int p = 0; p < _normalized.Length; p++)
            {
                var pat = _normalized[p];
                if (string.CompareOrdinal(norm, i, pat, 0, pat.Length) == 0 && i + pat.Length <= norm.Length)
                {
                    int start = map[i].Start;
                    int end = map[i + pat.Length - 1].End;
                    all.Add(new PatternMatch(p, start, end - start));
                }
            }
        }

        if (_options.MatchKind == MatchKind.All)
        {
            return all.OrderBy(m => m.End).ThenByDescending(m => m.Length).ThenBy(m => m.PatternIndex).ToArray();
        }

        var result = new List<PatternMatch>();
        int next = 0;
        foreach (var group in all.GroupBy(m => m.Start).OrderBy(g => g.Key))
        {
            if (group.Key < next)
            {
                continue;
            }

            var best = group.OrderByDescending(m => m.Length).ThenBy(m => m.PatternIndex).First();
            result.Add(best);
            next = best.End;
        }

        return result.ToArray();
    }

    private static (string Text, (int Start, int End)[] Map) Normalize(string s, MatcherOptions o)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var map = new List<(int, int)>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (o.SkipIgnorable && (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || o.NoiseCharacters.Contains(c)))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[i + 1]);
                map.Add((i, i + 2));
                map.Add((i, i + 2));
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFF');
                map.Add((i, i + 1));
                continue;
            }

            if (o.FoldWidth && c >= '\uFF01' && c <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (o.IgnoreCase && c < 128)
            {
                c = char.ToLower(c, CultureInfo.InvariantCulture);
            }

            sb.Append(c);
            map.Add((i, i + 1));
        }

        return (sb.ToString(), map.ToArray());
    }
}

/// <summary>Enumerates <see cref="PatternMatch"/> values; use with <c>foreach</c>.</summary>
public ref struct MatchEnumerator
{
    private readonly PatternMatch[] _matches;
    private int _index;

    internal MatchEnumerator(PatternMatch[] matches)
    {
        _matches = matches;
        _index = -1;
    }

    /// <summary>The current match.</summary>
    public readonly PatternMatch Current => _matches[_index];

    /// <summary>Advances to the next match.</summary>
    /// <returns><c>true</c> while there is a match.</returns>
    public bool MoveNext() => ++_index < _matches.Length;

    /// <summary>Returns this enumerator, so <c>foreach</c> works on the result of <see cref="MultiPatternMatcher.FindAll"/>.</summary>
    public readonly MatchEnumerator GetEnumerator() => this;
}
