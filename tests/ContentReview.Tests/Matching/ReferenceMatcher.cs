using System.Globalization;
using System.Text;
using ContentReview.Matching;

namespace ContentReview.Tests.Matching;

/// <summary>
/// A deliberately naive matcher written from the specification, sharing no code with the engine: it normalizes the
/// text into a list of (folded code point, original span) units, tries every pattern at every unit, then applies the
/// MatchKind rules literally. Its traditional → simplified table is parsed here from the repository file.
/// </summary>
internal static class ReferenceMatcher
{
    private const int LoneSurrogate = -1;

    private static readonly Lazy<Dictionary<int, int>> s_traditional = new(LoadTraditional);

    public static Dictionary<int, int> Traditional => s_traditional.Value;

    /// <summary>The folded code points of <paramref name="pattern"/>, or null when it contains a lone surrogate.</summary>
    public static int[]? NormalizePattern(string pattern, MatcherOptions o)
    {
        var units = Units(pattern, o);
        if (units.Any(u => u.Cp == LoneSurrogate))
        {
            return null;
        }

        return units.Select(u => u.Cp).ToArray();
    }

    public static List<PatternMatch> Find(IReadOnlyList<string> patterns, string text, MatcherOptions o)
    {
        var byKey = new Dictionary<string, List<int>>();
        int maxLength = 0;
        for (int p = 0; p < patterns.Count; p++)
        {
            var cps = NormalizePattern(patterns[p], o) ?? throw new ArgumentException("lone surrogate");
            if (cps.Length == 0)
            {
                throw new ArgumentException("empty");
            }

            string key = Key(cps);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(p);
            maxLength = Math.Max(maxLength, cps.Length);
        }

        var units = Units(text, o);
        var all = new List<(int Pattern, int StartUnit, int Units, int Start, int End)>();
        for (int u = 0; u < units.Count; u++)
        {
            for (int len = 1; len <= maxLength && u + len <= units.Count; len++)
            {
                var slice = units.GetRange(u, len);
                if (slice.Any(x => x.Cp == LoneSurrogate))
                {
                    break;
                }

                if (byKey.TryGetValue(Key(slice.Select(x => x.Cp).ToArray()), out var ps))
                {
                    foreach (int p in ps)
                    {
                        all.Add((p, u, len, units[u].Start, units[u + len - 1].End));
                    }
                }
            }
        }

        if (o.MatchKind == MatchKind.All)
        {
            return all.OrderBy(m => m.End).ThenBy(m => m.Start).ThenBy(m => m.Pattern)
                .Select(m => new PatternMatch(m.Pattern, m.Start, m.End - m.Start)).ToList();
        }

        // Leftmost-longest, literally: the match with the smallest start, then the longest, then the lowest pattern
        // index; report it and continue with matches starting at or after its end.
        var ordered = all.OrderBy(m => m.StartUnit).ThenByDescending(m => m.Units).ThenBy(m => m.Pattern).ToList();
        var result = new List<PatternMatch>();
        int next = 0;
        foreach (var m in ordered)
        {
            if (m.StartUnit >= next)
            {
                result.Add(new PatternMatch(m.Pattern, m.Start, m.End - m.Start));
                next = m.StartUnit + m.Units;
            }
        }

        return result;
    }

    public static int Fold(int cp, MatcherOptions o)
    {
        if (o.FoldWidth && cp >= 0xFF01 && cp <= 0xFF5E)
        {
            cp -= 0xFEE0;
        }

        if (o.IgnoreCase && cp <= 0xFFFF)
        {
            cp = char.ToLowerInvariant((char)cp);
        }

        if (o.FoldTraditional && Traditional.TryGetValue(cp, out int simplified))
        {
            cp = simplified;
        }

        return cp;
    }

    public static bool IsIgnorable(int cp, MatcherOptions o)
    {
        if (!o.SkipIgnorable)
        {
            return false;
        }

        static bool Core(int c, MatcherOptions o) =>
            (c <= 0xFFFF && char.IsWhiteSpace((char)c)) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF
            || CodePoints(o.NoiseCharacters).Contains(c);

        return Core(cp, o) || Core(Fold(cp, o), o);
    }

    private static List<(int Cp, int Start, int End)> Units(string s, MatcherOptions o)
    {
        var units = new List<(int, int, int)>();
        for (int i = 0; i < s.Length; i++)
        {
            int start = i;
            int cp;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                units.Add((LoneSurrogate, start, i + 1));
                continue;
            }
            else
            {
                cp = s[i];
            }

            if (!IsIgnorable(cp, o))
            {
                units.Add((Fold(cp, o), start, i + 1));
            }
        }

        return units;
    }

    private static HashSet<int> CodePoints(string s)
    {
        var set = new HashSet<int>();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                set.Add(char.ConvertToUtf32(s[i], s[++i]));
            }
            else
            {
                set.Add(s[i]);
            }
        }

        return set;
    }

    private static string Key(int[] cps) => string.Join(",", cps.Select(c => c.ToString(CultureInfo.InvariantCulture)));

    private static Dictionary<int, int> LoadTraditional()
    {
        var raw = new Dictionary<int, int>();
        foreach (var line in File.ReadLines(RepoPaths.File("lexicons/dict/opencc/TSCharacters.txt"), Encoding.UTF8))
        {
            var parts = line.Split('\t');
            var target = parts[1].Split(' ')[0];
            raw[char.ConvertToUtf32(parts[0], 0)] = char.ConvertToUtf32(target, 0);
        }

        var closed = new Dictionary<int, int>();
        foreach (var (k, v0) in raw)
        {
            int v = v0;
            while (raw.TryGetValue(v, out int n) && n != v)
            {
                v = n;
            }

            if (v != k)
            {
                closed[k] = v;
            }
        }

        return closed;
    }
}

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "ContentReview.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (ContentReview.sln) not found above " + AppContext.BaseDirectory);
    }
}
