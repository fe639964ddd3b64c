using ContentReview.Checks;
using ContentReview.Segmentation;

namespace ContentReview.Tests.Segmentation;

public sealed class WordBoundariesTests
{
    // Case id, text, match, expected: the brief's four negatives and positives, plus the compound rule.
    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "wb-neg-01", "集中共享数据", "中共", false },
        { "wb-neg-02", "路口交通管制", "口交", false },
        { "wb-neg-03", "这是个大麻烦", "大麻", false },
        { "wb-neg-04", "平台独立运营", "台独", false },
        { "wb-neg-05", "我们集中共享", "中共", false },
        { "wb-neg-06", "大麻哈鱼洄游", "大麻", false },       // a fish: 哈鱼 is not a word
        { "wb-pos-01", "打倒中共", "中共", true },
        { "wb-pos-02", "台独分子", "台独", true },             // one dictionary word, compound 台独 + 分子
        { "wb-pos-03", "反对台独", "台独", true },
        { "wb-pos-04", "吸食大麻", "大麻", true },
        { "wb-pos-05", "台独分裂势力", "台独", true },
        { "wb-pos-06", "中共中央", "中共", true },             // 中共 + 中央
        { "wb-pos-07", "藏独分子", "藏独", true },             // split by the segmenter (藏|独): inner boundaries do not count
        { "wb-pos-08", "打倒中共政权", "打倒中共", true },      // a run of whole words
        { "wb-pos-09", "法轮功学员", "法轮功", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsWholeWordMatch_HmmOff_FollowsPolicy(string id, string text, string match, bool expected) =>
        Check(id, text, match, expected, JiebaSegmenter.Default.WithHmm(false));

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsWholeWordMatch_HmmOn_FollowsPolicy(string id, string text, string match, bool expected) =>
        Check(id, text, match, expected, JiebaSegmenter.Default);

    private static void Check(string id, string text, string match, bool expected, JiebaSegmenter segmenter)
    {
        int start = text.IndexOf(match, StringComparison.Ordinal);
        Assert.True(start >= 0, id);
        IReadOnlyList<TextSpan> words = segmenter.Cut(text);
        Assert.Equal(expected, WordBoundaries.IsWholeWordMatch(text, words, start, start + match.Length, segmenter));
    }

    // Rule 1 alone, on hand-made segmentations (offsets only).
    [Theory]
    [InlineData("r1-01", new[] { 0, 2, 4 }, 1, 3, false)]   // |集中|共享|: match crosses the 2 boundary and cuts both words
    [InlineData("r1-02", new[] { 0, 2, 4 }, 2, 4, true)]    // |打倒|中共|: exactly a word
    [InlineData("r1-03", new[] { 0, 4 }, 0, 2, true)]       // |台独分子|: inside one word (rule 2 needs the dictionary)
    [InlineData("r1-04", new[] { 0, 1, 2, 4 }, 0, 2, true)] // |藏|独|分子|: the match is split into words of its own
    [InlineData("r1-05", new[] { 0, 1, 3 }, 0, 2, false)]   // |大|麻烦|: 麻烦 crosses the end
    [InlineData("r1-06", new[] { 0, 3, 4 }, 1, 4, false)]   // |xxx|y|: the first word crosses the start
    public void IsWholeWordMatch_Offsets_Rule1(string id, int[] boundaries, int start, int end, bool expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        var words = new List<TextSpan>();
        for (int i = 0; i + 1 < boundaries.Length; i++)
        {
            words.Add(new TextSpan(boundaries[i], boundaries[i + 1] - boundaries[i]));
        }

        Assert.Equal(expected, WordBoundaries.IsWholeWordMatch(words, start, end));
    }

    [Fact]
    public void IsWholeWordMatch_SegmenterWithoutDictionary_ContainingWordFires()
    {
        var words = new List<TextSpan> { new(0, 4) };
        Assert.True(WordBoundaries.IsWholeWordMatch("大麻哈鱼", words, 0, 2, new OneWordSegmenter()));
    }

    [Fact]
    public void IsWholeWordMatch_EmptyMatch_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WordBoundaries.IsWholeWordMatch([new TextSpan(0, 2)], 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WordBoundaries.IsWholeWordMatch("ab", [new TextSpan(0, 2)], 0, 3, JiebaSegmenter.Default));
    }

    private sealed class OneWordSegmenter : IWordSegmenter
    {
        public IReadOnlyList<TextSpan> Cut(string text) => [new TextSpan(0, text.Length)];
    }
}
