using System.Text;
using ContentReview.Matching;

namespace ContentReview.Tests.Matching;

/// <summary>
/// The engine against <see cref="ReferenceMatcher"/> on thousands of seeded random pattern sets and texts mixing
/// Chinese (simplified and traditional, including BMP ↔ supplementary folds), Latin, digits, full-width forms,
/// surrogate pairs, lone surrogates and ignorable characters, under random options.
/// </summary>
public class MatcherRandomTests
{
    private static readonly string[] Tokens =
    [
        "台", "湾", "臺", "灣", "政", "府", "中", "国", "國", "华", "華", "人", "民",
        "a", "b", "c", "A", "B", "Ａ", "ｂ", "1", "2", "１", "２",
        "𠀀", "𠀁", "𬶠", "鰊", "魚", "鱼", "𡻕", "岁", "薴", "苧", "苎",
        " ", "\u3000", "\u00A0", "\u200B", "\uFEFF", "*", "-", "·", "＊",
    ];

    private static readonly string[] LoneSurrogates = ["\uD800", "\uDC00", "\uDBFF"];

    /// <summary>The scale of the long-text tests: the scanner's block, in code units.</summary>
    private const int LongText = MatchEnumerator.Lanes * MatchEnumerator.LaneChars;

    [Fact]
    public void FindAll_RandomInputs_AgreeWithReference()
    {
        var rng = new Random(20261122);
        int compared = 0;
        for (int iteration = 0; iteration < 4000; iteration++)
        {
            var options = RandomOptions(rng);
            var text = RandomText(rng, rng.Next(0, 40), allowLoneSurrogates: true);
            var patterns = new List<string>();
            int count = rng.Next(1, 9);
            while (patterns.Count < count)
            {
                string p = rng.Next(4) == 0 && text.Length > 0 ? Substring(rng, text) : RandomText(rng, rng.Next(1, 5), allowLoneSurrogates: false);
                var normalized = ReferenceMatcher.NormalizePattern(p, options);
                if (normalized is { Length: > 0 })
                {
                    patterns.Add(p);
                }
            }

            var expected = ReferenceMatcher.Find(patterns, text, options);
            var actual = MatcherCaseTests.Run(MultiPatternMatcher.Create(patterns, options), text);
            if (!expected.SequenceEqual(actual))
            {
                Assert.Fail(
                    $"iteration {iteration} [{MatcherCaseTests.Describe(options)} noise={Escape(options.NoiseCharacters)}]\n" +
                    $"patterns: {string.Join(" | ", patterns.Select(Escape))}\ntext: {Escape(text)}\n" +
                    $"expected: {MatcherCaseTests.Format(expected)}\nactual:   {MatcherCaseTests.Format(actual)}");
            }

            compared += expected.Count;
        }

        Assert.True(compared > 3000, $"the generator should produce plenty of matches, got {compared}");
    }

    /// <summary>
    /// Long texts (thousands of code units, against a dozen patterns, many drawn from the text itself), through the vector
    /// scan and the one-at-a-time scan: several blocks, with candidates, passed-over matches and waits across blocks;
    /// every fourth text carries a run of ignorable characters longer than <see cref="LongText"/> inside what may become
    /// a match.
    /// </summary>
    [Fact]
    public void FindAll_LongRandomTexts_AgreeWithReference()
    {
        var rng = new Random(20261123);
        int compared = 0;
        for (int iteration = 0; iteration < 120; iteration++)
        {
            var options = RandomOptions(rng);
            var sb = new StringBuilder(RandomText(rng, rng.Next(LongText / 2, 3 * LongText), allowLoneSurrogates: true));
            if (iteration % 4 == 0)
            {
                // A run of ignorable characters longer than a block, inside what may become a match.
                sb.Insert(rng.Next(sb.Length), new string(' ', rng.Next(LongText, 2 * LongText)));
            }

            string text = sb.ToString();
            var patterns = new List<string>();
            while (patterns.Count < 12)
            {
                string p = rng.Next(2) == 0 ? Substring(rng, text) : RandomText(rng, rng.Next(1, 5), allowLoneSurrogates: false);
                if (ReferenceMatcher.NormalizePattern(p, options) is { Length: > 0 })
                {
                    patterns.Add(p);
                }
            }

            var expected = ReferenceMatcher.Find(patterns, text, options);
            AssertBothScans(expected, MultiPatternMatcher.Create(patterns, options), text,
                $"iteration {iteration} [{MatcherCaseTests.Describe(options)}], text of {text.Length} chars");

            compared += expected.Count;
        }

        Assert.True(compared > 20000, $"the generator should produce plenty of matches, got {compared}");
    }

    /// <summary>
    /// Surrogate pairs at every alignment against the vector scan's lane and block starts (a lane's priming may begin or
    /// end between the halves of a pair): each pair is read once, as one code point.
    /// </summary>
    [Theory]
    [InlineData(MatchKind.LeftmostLongest)]
    [InlineData(MatchKind.All)]
    public void FindAll_PairsAtEveryAlignment_AgreeWithReference(MatchKind kind)
    {
        var options = new MatcherOptions { MatchKind = kind };
        string[] patterns = ["中𠀀", "𠀀国", "𠀀𠀀", "国𠀀𠀀鱼", "鱼中", "𠀀"];
        for (int shift = 0; shift < 6; shift++)
        {
            string text = new string('鱼', shift) + string.Concat(Enumerable.Repeat("中𠀀国𠀀𠀀鱼", 1500));
            var expected = ReferenceMatcher.Find(patterns, text, options);
            Assert.True(expected.Count >= 2 * 1500, $"shift {shift}: the text should have plenty of matches");
            AssertBothScans(expected, MultiPatternMatcher.Create(patterns, options), text, $"shift {shift}");
        }
    }

    /// <summary>
    /// The vector scan against the one-at-a-time scan (itself checked against the reference above) on many long random
    /// texts dense in surrogate pairs, ignorable pairs, lone surrogates and ignorable characters, with patterns cut from the
    /// text (so deep failure chains are common) under random options, ignorable supplementary noise in half of them.
    /// </summary>
    [Fact]
    public void FindAll_VectorScanAgreesWithScalarScan_OnDenseRandomTexts()
    {
        var rng = new Random(20261124);
        int compared = 0;
        for (int iteration = 0; iteration < 400; iteration++)
        {
            var options = RandomOptions(rng);
            if (iteration % 2 == 0)
            {
                options.NoiseCharacters = "𠀁·-";
            }

            string text = RandomText(rng, rng.Next(300, 1500), allowLoneSurrogates: true);
            var patterns = new List<string>();
            while (patterns.Count < 16)
            {
                int start = rng.Next(text.Length);
                string p = text.Substring(start, rng.Next(1, Math.Min(12, text.Length - start) + 1));
                if (ReferenceMatcher.NormalizePattern(p, options) is { Length: > 0 })
                {
                    patterns.Add(p);
                }
            }

            var matcher = MultiPatternMatcher.Create(patterns, options);
            var scalar = MatcherCaseTests.RunScalar(matcher, text);
            AssertSameMatches(scalar, MatcherCaseTests.Run(matcher, text),
                $"iteration {iteration} [{MatcherCaseTests.Describe(options)} noise={Escape(options.NoiseCharacters)}], text of {text.Length} chars, scalar (expected) against vector (actual)");

            compared += scalar.Count;
        }

        Assert.True(compared > 20000, $"the generator should produce plenty of matches, got {compared}");
    }

    /// <summary>
    /// An ignorable character outside the BMP (configured as noise) between the two halves of a match whose first state
    /// fails to a depth-1 state: the pair is read one lane at a time, and must not disturb what the vector scan remembers of
    /// the last real character ("b" of the prefix "ab", from which "bc" continues).
    /// </summary>
    [Theory]
    [InlineData(MatchKind.LeftmostLongest)]
    [InlineData(MatchKind.All)]
    public void FindAll_IgnorablePairInsideAMatch_AgreesWithReference(MatchKind kind)
    {
        var options = new MatcherOptions { MatchKind = kind, NoiseCharacters = "𠀁" + MatcherOptions.DefaultNoiseCharacters };
        string[] patterns = ["abd", "bc"];
        string text = string.Concat(Enumerable.Repeat("ab𠀁c xx ", 400));
        var expected = ReferenceMatcher.Find(patterns, text, options);
        Assert.Contains(expected, m => m.PatternIndex == 1); // "b𠀁c"
        AssertBothScans(expected, MultiPatternMatcher.Create(patterns, options), text, kind.ToString());
    }

    /// <summary>
    /// LeftmostLongest candidates that wait (a longer pattern may still start at the same place) while matches after them
    /// are passed over, thousands of times in a row; in the second text some waits span a run of ignorable characters
    /// longer than <see cref="LongText"/>.
    /// </summary>
    [Theory]
    [InlineData("aaaa", 0)]
    [InlineData("a a", 1)]
    public void FindAll_WaitingCandidatesAcrossBlocks_AgreeWithReference(string unit, int longRuns)
    {
        var options = new MatcherOptions();
        string[] patterns = ["a", "aab", "aaab"];
        var sb = new StringBuilder();
        int run = 0;
        while (sb.Length < 3 * LongText)
        {
            sb.Append(unit);
            if (longRuns > 0 && ++run % 100 == 0)
            {
                sb.Append('a').Append(' ', LongText + run).Append('a');
            }
        }

        string text = sb.ToString();
        var expected = ReferenceMatcher.Find(patterns, text, options);
        Assert.Equal(text.Count(c => c == 'a'), expected.Count); // every 'a' is a match (there is no 'b')
        AssertBothScans(expected, MultiPatternMatcher.Create(patterns, options), text, $"unit '{unit}'");
    }

    [Fact]
    public void FindAll_DictionaryWordsInNoisyTraditionalText_AgreeWithReference()
    {
        var rng = new Random(7);
        var words = File.ReadLines(RepoPaths.File("lexicons/dict/jieba/dict.txt"))
            .Select(l => l.Split(' ')[0]).Where((_, i) => i % 7 == 0).ToArray();
        var patterns = Enumerable.Range(0, 3000).Select(_ => words[rng.Next(words.Length)]).ToArray();
        var toTraditional = ReferenceMatcher.Traditional
            .Where(kv => kv.Key <= 0xFFFF && kv.Value <= 0xFFFF)
            .GroupBy(kv => kv.Value).ToDictionary(g => (char)g.Key, g => (char)g.First().Key);
        var sb = new StringBuilder();
        while (sb.Length < 20000)
        {
            string w = rng.Next(3) == 0 ? patterns[rng.Next(patterns.Length)] : words[rng.Next(words.Length)];
            foreach (char c in w)
            {
                sb.Append(rng.Next(5) == 0 && toTraditional.TryGetValue(c, out char t) ? t : c);
                if (rng.Next(30) == 0)
                {
                    sb.Append(Tokens[rng.Next(Tokens.Length - 8, Tokens.Length)]);
                }
            }

            if (rng.Next(10) == 0)
            {
                sb.Append('，');
            }
        }

        string text = sb.ToString();
        foreach (var kind in new[] { MatchKind.LeftmostLongest, MatchKind.All })
        {
            var options = new MatcherOptions { MatchKind = kind };
            var expected = ReferenceMatcher.Find(patterns, text, options);
            Assert.True(expected.Count > 1000, $"expected many matches, got {expected.Count}");
            AssertBothScans(expected, MultiPatternMatcher.Create(patterns, options), text, kind.ToString());
        }
    }

    [Fact]
    public void Create_RandomPatternsThatNormalizeToNothing_ThrowNamingTheIndex()
    {
        var rng = new Random(99);
        for (int iteration = 0; iteration < 200; iteration++)
        {
            var options = RandomOptions(rng);
            options.SkipIgnorable = true;
            options.NoiseCharacters = MatcherOptions.DefaultNoiseCharacters;
            var patterns = new List<string> { "台湾", "ab" };
            string bad = string.Concat(Enumerable.Range(0, rng.Next(0, 4)).Select(_ => Tokens[rng.Next(Tokens.Length - 8, Tokens.Length - 1)]));
            int index = rng.Next(patterns.Count + 1);
            patterns.Insert(index, bad);
            var e = Assert.Throws<ArgumentException>(() => MultiPatternMatcher.Create(patterns, options));
            Assert.Contains($"index {index}", e.Message, StringComparison.Ordinal);
        }
    }

    internal static MatcherOptions RandomOptions(Random rng)
    {
        int bits = rng.Next(32);
        return new MatcherOptions
        {
            MatchKind = (bits & 16) != 0 ? MatchKind.All : MatchKind.LeftmostLongest,
            FoldWidth = (bits & 1) != 0,
            IgnoreCase = (bits & 2) != 0,
            FoldTraditional = (bits & 4) != 0,
            SkipIgnorable = (bits & 8) != 0 || rng.Next(2) == 0,
            NoiseCharacters = rng.Next(4) == 0 ? "-·𠀁" : MatcherOptions.DefaultNoiseCharacters,
        };
    }

    /// <summary>Both scans of <paramref name="text"/> (vector where it applies, and one code unit at a time) give <paramref name="expected"/>.</summary>
    private static void AssertBothScans(List<PatternMatch> expected, MultiPatternMatcher matcher, string text, string context)
    {
        AssertSameMatches(expected, MatcherCaseTests.Run(matcher, text), context + ", vector scan");
        AssertSameMatches(expected, MatcherCaseTests.RunScalar(matcher, text), context + ", scalar scan");
    }

    /// <summary>The same matches in the same order; otherwise fails naming the first difference and what follows it.</summary>
    private static void AssertSameMatches(List<PatternMatch> expected, List<PatternMatch> actual, string context)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        int at = expected.Zip(actual).TakeWhile(p => p.First.Equals(p.Second)).Count();
        Assert.Fail(
            $"{context}: first difference at match {at} of {expected.Count} (got {actual.Count}): " +
            $"expected {MatcherCaseTests.Format(expected.Skip(at).Take(3))}, actual {MatcherCaseTests.Format(actual.Skip(at).Take(3))}");
    }

    internal static string RandomText(Random rng, int tokens, bool allowLoneSurrogates)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < tokens; i++)
        {
            sb.Append(allowLoneSurrogates && rng.Next(25) == 0 ? LoneSurrogates[rng.Next(LoneSurrogates.Length)] : Tokens[rng.Next(Tokens.Length)]);
        }

        return sb.ToString();
    }

    private static string Substring(Random rng, string text)
    {
        int start = rng.Next(text.Length);
        return text.Substring(start, rng.Next(1, Math.Min(8, text.Length - start) + 1));
    }

    internal static string Escape(string s) =>
        string.Concat(s.Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : char.IsSurrogate(c) || c < 0x20 || c is '\u3000' or '\u00A0' or '\u200B' or '\uFEFF' ? $"\\u{(int)c:X4}" : c.ToString()));
}
