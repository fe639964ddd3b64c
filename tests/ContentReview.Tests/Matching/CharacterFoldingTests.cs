using ContentReview.Matching;
using ContentReview.Normalization;

namespace ContentReview.Tests.Matching;

public class CharacterFoldingTests
{
    private static readonly CharacterFolding Default = MultiPatternMatcher.CreateFolding(new MatcherOptions());

    [Theory]
    [InlineData("F01-fullwidth-letter", "Ａ", "a")]
    [InlineData("F02-fullwidth-digit", "９", "9")]
    [InlineData("F03-fullwidth-symbol", "（", "(")]
    [InlineData("F04-latin-upper", "Z", "z")]
    [InlineData("F05-greek-upper", "Σ", "σ")]
    [InlineData("F06-traditional", "臺", "台")]
    [InlineData("F07-traditional-2", "灣", "湾")]
    [InlineData("F08-chain-closed", "薴", "苎")]
    [InlineData("F09-bmp-to-supplementary", "鰊", "𬶠")]
    [InlineData("F10-supplementary-to-bmp", "𡻕", "岁")]
    [InlineData("F11-simplified-unchanged", "国", "国")]
    [InlineData("F12-first-target-used", "乾", "干")]
    public void Fold_Default_MapsToCanonicalForm(string id, string input, string expected)
    {
        int i = 0;
        int cp = CharacterFolding.ReadCodePoint(input, ref i);
        Assert.True(char.ConvertFromUtf32(Default.Fold(cp)) == expected, id);
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('\u3000')]
    [InlineData('\u00A0')]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    [InlineData('*')]
    [InlineData('·')]
    [InlineData('＊')]
    [InlineData('－')]
    public void IsIgnorable_Default_SkipsWhitespaceZeroWidthAndNoise(char c)
    {
        Assert.True(Default.IsIgnorable(c, Default.Fold(c)));
        var off = MultiPatternMatcher.CreateFolding(new MatcherOptions { SkipIgnorable = false });
        Assert.False(off.IsIgnorable(c, off.Fold(c)));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('台')]
    [InlineData('，')]
    [InlineData('。')]
    public void IsIgnorable_OrdinaryCharacters_AreNotSkipped(char c)
    {
        Assert.False(Default.IsIgnorable(c, Default.Fold(c)));
    }

    [Fact]
    public void Fold_IsIdempotentOverTheBmp()
    {
        for (int c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            int f = Default.Fold(c);
            Assert.True(Default.Fold(f) == f, $"U+{c:X4}");
        }
    }

    [Fact]
    public void TraditionalMap_LoadsEveryEntryOfTheEmbeddedResource()
    {
        Assert.Equal(4113, TraditionalChineseMap.Count);
    }

    [Fact]
    public void Normalize_String_FoldsAndDropsIgnorables()
    {
        Assert.Equal("台湾政府abc1", Default.Normalize("臺 灣*政\u200B府ＡＢc１"));
    }
}
