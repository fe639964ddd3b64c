using ContentReview.Cli.Commands;
using ContentReview.Segmentation;

namespace ContentReview.Tests.Segmentation;

public sealed class SegmentCommandTests
{
    [Theory]
    [InlineData("seg-cli-01", "我来到北京清华大学\n他来到了网易杭研大厦\n", false, "我 来到 北京 清华大学\n他 来到 了 网易 杭 研 大厦\n")]
    [InlineData("seg-cli-02", "他来到了网易杭研大厦\n", true, "他 来到 了 网易 杭研 大厦\n")]
    [InlineData("seg-cli-03", "中文  English\u3000文本\r\n\n", false, "中文 English 文本\n\n")]   // blank tokens dropped, empty line kept
    public void Write_Lines_WordsSeparatedBySingleSpaces(string id, string input, bool hmm, string expected)
    {
        var output = new StringWriter();
        var (lines, _, _) = SegmentCommand.Write(JiebaSegmenter.Default, new StringReader(input), output, hmm, search: false);
        Assert.Equal(expected, output.ToString());
        Assert.Equal(expected.Count(c => c == '\n'), lines);
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public void Write_SearchMode_AddsInnerWords()
    {
        var output = new StringWriter();
        SegmentCommand.Write(JiebaSegmenter.Default, new StringReader("中华人民共和国\n"), output, hmm: true, search: true);
        Assert.Equal("中华 华人 人民 共和 共和国 中华人民共和国\n", output.ToString());
    }
}
