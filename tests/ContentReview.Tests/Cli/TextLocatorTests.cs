using ContentReview.Cli.Output;

namespace ContentReview.Tests.Cli;

public sealed class TextLocatorTests
{
    [Theory]
    [InlineData("L01", "abc", 0, 1, 1)]
    [InlineData("L02", "abc", 2, 1, 3)]
    [InlineData("L03", "ab\ncd", 3, 2, 1)]
    [InlineData("L04", "ab\r\ncd", 5, 2, 2)]
    [InlineData("L05", "😀x", 2, 1, 2)] // a surrogate pair is one column
    [InlineData("L06", "国土\n\n资源", 4, 3, 1)]
    [InlineData("L07", "abc", 3, 1, 4)] // end of text
    public void Locate_GivesOneBasedLineAndCodePointColumn(string id, string text, int offset, int line, int column)
    {
        var (l, c) = new TextLocator(text).Locate(offset);

        Assert.True((line, column) == (l, c), $"{id}: got {l}:{c}");
    }

    [Fact]
    public void Context_ClipsLongLinesAndMarksTheCuts()
    {
        var text = new string('前', 50) + "国土资源部" + new string('后', 50) + "\r\n下一行";
        var context = new TextLocator(text).Context(50, 5, radius: 3);

        Assert.Equal(new ContextLine("…前前前", "国土资源部", "后后后…"), context);
    }

    [Fact]
    public void Context_SpanRunningPastTheLine_IsClippedAndControlCharactersShowAsSpaces()
    {
        var context = new TextLocator("a\tbc\nde").Context(2, 5);

        Assert.Equal(new ContextLine("a ", "bc", ""), context);
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("国土", 4)]
    [InlineData("ＡＢ", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("", 0)]
    public void DisplayWidth_CountsWideCharactersTwice(string text, int width)
    {
        Assert.Equal(width, TextLocator.DisplayWidth(text));
    }
}
