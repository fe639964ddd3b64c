using ContentReview.Checks;
using ContentReview.Lexicons;
using ContentReview.Segmentation;

namespace ContentReview.Tests.Segmentation;

public sealed class JiebaSegmenterTests
{
    private static string Join(IReadOnlyList<string> words) => string.Join("|", words);

    [Theory]
    [InlineData("seg-01", "我来到北京清华大学", false, "我|来到|北京|清华大学")]
    [InlineData("seg-02", "他来到了网易杭研大厦", true, "他|来到|了|网易|杭研|大厦")]
    [InlineData("seg-03", "他来到了网易杭研大厦", false, "他|来到|了|网易|杭|研|大厦")]
    [InlineData("seg-04", "集中共享数据", false, "集中|共享|数据")]
    [InlineData("seg-05", "abc123 中文", false, "abc123| |中文")]
    [InlineData("seg-06", "a\r\nb", false, "a|\r\n|b")]
    [InlineData("seg-07", "表情😀！", false, "表情|😀|！")]
    [InlineData("seg-08", "", false, "")]
    public void Cut_KnownSentences_MatchJieba(string id, string text, bool hmm, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, Join(JiebaSegmenter.Default.CutToStrings(text, hmm)));
    }

    [Fact]
    public void Cut_Spans_CoverTextInOrder()
    {
        const string text = "深入学习贯彻习近平新时代中国特色社会主义思想，2025年GDP增长5.2%😀\r\n完。";
        IReadOnlyList<TextSpan> spans = JiebaSegmenter.Default.Cut(text);
        int pos = 0;
        foreach (TextSpan s in spans)
        {
            Assert.Equal(pos, s.Start);
            Assert.True(s.Length > 0);
            pos = s.End;
        }

        Assert.Equal(text.Length, pos);
    }

    [Fact]
    public void Cut_Null_Throws() => Assert.Throws<ArgumentNullException>(() => JiebaSegmenter.Default.Cut(null!));

    [Fact]
    public void Default_IsLoadedOnceAndHmmOn()
    {
        Assert.Same(JiebaSegmenter.Default, JiebaSegmenter.Default);
        Assert.True(JiebaSegmenter.Default.HmmEnabled);
        Assert.Equal(WordsInDictTxt, JiebaSegmenter.Default.WordCount);
        Assert.Equal(60_101_967, JiebaSegmenter.Default.TotalFrequency);   // jieba's total: sum over all 349,046 lines
    }

    // Distinct words with a positive frequency in dict.txt (counted with Python).
    private const int WordsInDictTxt = 349_045;

    [Fact]
    public void WithHmm_SharesDictionaryAndSwitchesDefaultMode()
    {
        JiebaSegmenter off = JiebaSegmenter.Default.WithHmm(false);
        Assert.False(off.HmmEnabled);
        Assert.Same(off, off.WithHmm(false));
        Assert.True(off.WithHmm(true).HmmEnabled);
        Assert.Equal("他|来到|了|网易|杭|研|大厦", Join(off.CutToStrings("他来到了网易杭研大厦")));
    }

    [Fact]
    public void GetFrequency_KnownWordPrefixAndUnknown()
    {
        Assert.True(JiebaSegmenter.Default.GetFrequency("清华大学") > 0);
        Assert.True(JiebaSegmenter.Default.ContainsWord("中共"));
        Assert.Equal(0, JiebaSegmenter.Default.GetFrequency("清华大"));   // a prefix only
        Assert.Equal(0, JiebaSegmenter.Default.GetFrequency("不存在的词语啊"));
        Assert.Equal(0, JiebaSegmenter.Default.GetFrequency(""));
    }

    // Expected outputs computed with Python jieba 0.42.1 after the same add_word / del_word calls.
    [Fact]
    public void Builder_UserWords_AgreeWithJiebaAddWord()
    {
        JiebaSegmenter seg = JiebaSegmenter.CreateBuilder()
            .AddWord("创新办", 3).AddWord("云计算", 5).AddWord("凱特琳").AddWord("台中").AddWord("江大桥", 20000).AddWord("长江大桥", 0)
            .Build();
        Assert.Equal(1, seg.GetFrequency("凱特琳"));
        Assert.Equal(69, seg.GetFrequency("台中"));
        Assert.Equal("李|小|福|是|创新办|主任|也|是|云计算|方面|的|专家", Join(seg.CutToStrings("李小福是创新办主任也是云计算方面的专家", false)));
        Assert.Equal("李小福|是|创新办|主任|也|是|云计算|方面|的|专家", Join(seg.CutToStrings("李小福是创新办主任也是云计算方面的专家", true)));
        Assert.Equal("台中|正确|应该|不会|被|切开", Join(seg.CutToStrings("台中正确应该不会被切开", false)));
        Assert.Equal("凱特琳|是|一个|人|名", Join(seg.CutToStrings("凱特琳是一个人名", false)));
        Assert.Equal("江州|市长|江大桥|参加|了|长|江大桥|的|通车|仪式", Join(seg.CutToStrings("江州市长江大桥参加了长江大桥的通车仪式", true)));

        // The default segmenter is untouched.
        Assert.Equal("台|中|正确|应该|不会|被|切开", Join(JiebaSegmenter.Default.CutToStrings("台中正确应该不会被切开", false)));
    }

    [Fact]
    public void Builder_UserDictionaryText_ParsesJiebaFormat()
    {
        const string userDict = "\uFEFF创新办 3 i\n\n云计算 5\n凱特琳 nz\n台中\n";
        JiebaSegmenter seg = JiebaSegmenter.CreateBuilder().AddUserDictionary(new StringReader(userDict), "user.txt").UseHmm(false).Build();
        Assert.False(seg.HmmEnabled);
        Assert.Equal(3, seg.GetFrequency("创新办"));
        Assert.Equal(5, seg.GetFrequency("云计算"));
        Assert.Equal(1, seg.GetFrequency("凱特琳"));
        Assert.Equal(69, seg.GetFrequency("台中"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\nb")]
    public void Builder_BadWord_ThrowsArgumentException(string word) =>
        Assert.ThrowsAny<ArgumentException>(() => JiebaSegmenter.CreateBuilder().AddWord(word));

    [Fact]
    public void Builder_NegativeFrequency_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => JiebaSegmenter.CreateBuilder().AddWord("词", -1));
        Assert.Equal("frequency", e.ParamName);
    }

    [Fact]
    public void Builder_OverlongFrequency_ThrowsLexiconFormatException()
    {
        var e = Assert.Throws<LexiconFormatException>(() =>
            JiebaSegmenter.CreateBuilder().AddUserDictionary(new StringReader("好词 1\n坏词 99999999999999999999999\n"), "u.txt"));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Cut_ConcurrentCalls_GiveSameResultsAsSequential()
    {
        string[] lines = ["我来到北京清华大学", "他来到了网易杭研大厦", "集中共享数据资源，推进政务服务一网通办。", "工信处女干事每月经过下属科室"];
        var expected = lines.Select(l => Join(JiebaSegmenter.Default.CutToStrings(l))).ToArray();
        Parallel.For(0, 2000, i =>
        {
            int k = i % lines.Length;
            Assert.Equal(expected[k], Join(JiebaSegmenter.Default.CutToStrings(lines[k])));
        });
    }

    [Fact]
    public void Cut_LongUnknownRun_DoesNotOverflowStack()
    {
        string text = new string('鿕', 100_000) + string.Concat(Enumerable.Repeat("䶵䶶", 50_000));
        IReadOnlyList<TextSpan> spans = JiebaSegmenter.Default.Cut(text, hmm: true);
        Assert.Equal(text.Length, spans.Sum(s => s.Length));
    }
}
