using ContentReview.Matching;

namespace ContentReview.Tests.Matching;

public class MatcherApiTests
{
    [Fact]
    public void Create_NullPatterns_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>("patterns", () => MultiPatternMatcher.Create(null!));
    }

    [Fact]
    public void Create_NullItem_ThrowsNamingTheIndex()
    {
        var e = Assert.Throws<ArgumentNullException>(() => MultiPatternMatcher.Create(["a", null!]));
        Assert.Contains("index 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000\u200B*·")]
    [InlineData("- _ .")]
    public void Create_PatternNormalizingToNothing_ThrowsNamingTheIndex(string bad)
    {
        var e = Assert.Throws<ArgumentException>(() => MultiPatternMatcher.Create(["台湾", "政府", bad]));
        Assert.Equal("patterns", e.ParamName);
        Assert.Contains("index 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("normalizes to nothing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhitespacePatternWithoutSkipping_IsAllowedAndMatches()
    {
        var m = MultiPatternMatcher.Create([" "], new MatcherOptions { SkipIgnorable = false });
        Assert.Equal("0:1+1", MatcherCaseTests.Format(MatcherCaseTests.Run(m, "a b")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Create_PatternWithLoneSurrogate_ThrowsNamingTheIndex(int which)
    {
        // Built here: test runners mangle lone surrogates in serialized theory data.
        string bad = new[] { "a\uD800", "\uDC00b", "\uDBFF\uDBFF" }[which];
        var e = Assert.Throws<ArgumentException>(() => MultiPatternMatcher.Create(["ok", bad]));
        Assert.Contains("index 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoiseWithLoneSurrogate_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => MultiPatternMatcher.Create(["a"], new MatcherOptions { NoiseCharacters = "*\uD800" }));
        Assert.Contains("NoiseCharacters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownMatchKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => MultiPatternMatcher.Create(["a"], new MatcherOptions { MatchKind = (MatchKind)7 }));
    }

    [Fact]
    public void Create_NoPatterns_MatchesNothing()
    {
        var m = MultiPatternMatcher.Create([]);
        Assert.Equal(0, m.PatternCount);
        Assert.Empty(MatcherCaseTests.Run(m, "任何文本 any text"));
    }

    [Fact]
    public void Create_CustomNoiseCharacters_ReplaceTheDefaults()
    {
        var m = MultiPatternMatcher.Create(["台湾"], new MatcherOptions { NoiseCharacters = "~" });
        Assert.Equal("0:0+3 0:8+3", MatcherCaseTests.Format(MatcherCaseTests.Run(m, "台~湾 台*湾 台 湾")));
    }

    [Fact]
    public void Options_ChangedAfterCreate_HaveNoEffect()
    {
        var options = new MatcherOptions { MatchKind = MatchKind.All };
        var m = MultiPatternMatcher.Create(["ab", "b"], options);
        options.MatchKind = MatchKind.LeftmostLongest;
        options.IgnoreCase = false;
        Assert.Equal(MatchKind.All, m.MatchKind);
        Assert.Equal("0:0+2 1:1+1", MatcherCaseTests.Format(MatcherCaseTests.Run(m, "AB")));
        Assert.True(m.Options.IgnoreCase);
    }

    [Fact]
    public void GetPattern_ReturnsTheOriginalString_AndRejectsBadIndexes()
    {
        var m = MultiPatternMatcher.Create(["臺灣", "ＡＢ"]);
        Assert.Equal(2, m.PatternCount);
        Assert.Equal("臺灣", m.GetPattern(0));
        Assert.Equal("ＡＢ", m.GetPattern(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.GetPattern(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.GetPattern(-1));
    }

    [Fact]
    public void FindAll_AfterDispose_MatchesNothing()
    {
        var m = MultiPatternMatcher.Create(["ab", "abc"]);
        var e = m.FindAll(string.Concat(Enumerable.Repeat("ab abc x ", 1000)));
        Assert.True(e.MoveNext());
        Assert.True(e.MoveNext()); // a candidate may be waiting now ("ab" of "abc")
        e.Dispose();
        Assert.False(e.MoveNext());
        e.Dispose(); // twice is harmless
    }

    [Fact]
    public void FindAll_DefaultEnumerator_MatchesNothing()
    {
        var e = default(MatchEnumerator);
        Assert.False(e.MoveNext());
    }

    [Fact]
    public void FindAll_AfterWarmUp_AllocatesNothing()
    {
        var m = MultiPatternMatcher.Create(["台湾政府", "政府", "ab", "𠀀"], new MatcherOptions { MatchKind = MatchKind.All });
        var lm = MultiPatternMatcher.Create(["台湾政府", "政府", "ab", "𠀀"]);
        string text = string.Concat(Enumerable.Repeat("臺 灣政府 AB 𠀀 x ", 200));
        int Count(MultiPatternMatcher matcher)
        {
            int n = 0;
            foreach (var match in matcher.FindAll(text))
            {
                n += match.Length;
            }

            return n;
        }

        Count(m);
        Count(lm);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = Count(m) + Count(lm);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(total > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void FindAll_ConcurrentSearches_GiveTheSameResults()
    {
        var rng = new Random(3);
        var words = File.ReadLines(RepoPaths.File("lexicons/dict/jieba/dict.txt")).Select(l => l.Split(' ')[0]).Take(50000).ToArray();
        var m = MultiPatternMatcher.Create(words.Where((_, i) => i % 10 == 0));
        var texts = Enumerable.Range(0, 8).Select(_ => string.Concat(Enumerable.Range(0, 2000).Select(_ => words[rng.Next(words.Length)]))).ToArray();
        var expected = texts.Select(t => MatcherCaseTests.Format(MatcherCaseTests.Run(m, t))).ToArray();
        var actual = new string[texts.Length * 4];
        Parallel.For(0, actual.Length, i => actual[i] = MatcherCaseTests.Format(MatcherCaseTests.Run(m, texts[i % texts.Length])));
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], actual[i]);
        }
    }

    [Fact]
    public void Readme_Example_FindsTraditionalAndSpacedForms()
    {
        var matcher = MultiPatternMatcher.Create(["台湾政府", "ContentReview"]);
        var found = new List<string>();
        const string text = "臺灣政府 和 content review 以及 台*湾*政*府";
        foreach (var match in matcher.FindAll(text))
        {
            found.Add($"{matcher.GetPattern(match.PatternIndex)}@{match.Start}:{text.Substring(match.Start, match.Length)}");
        }

        Assert.Equal(["台湾政府@0:臺灣政府", "ContentReview@7:content review", "台湾政府@25:台*湾*政*府"], found);
    }
}
