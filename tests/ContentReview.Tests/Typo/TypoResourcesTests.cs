using ContentReview.Checks.Typo;
using ContentReview.Segmentation;

namespace ContentReview.Tests.Typo;

/// <summary>
/// The shortcuts that keep the protected-term check cheap to build: the single-character frequency table extracted at
/// build time agrees with jieba's dictionary, and the fast tone stripping agrees with Unicode decomposition.
/// </summary>
public class TypoResourcesTests
{
    [Fact]
    public void CharacterFrequencies_AgreeWithTheJiebaDictionary()
    {
        var table = TypoResources.ReadCharacterFrequencies();
        var jieba = JiebaSegmenter.Default;
        Assert.True(table.Count > 10_000, $"only {table.Count} single-character words");
        foreach (var (c, f) in table)
        {
            Assert.Equal(jieba.GetFrequency([c]), f);
        }

        // And no single character of the dictionary is missing from the table (all BMP characters).
        for (int c = 0x4E00; c <= 0x9FFF; c++)
        {
            long f = jieba.GetFrequency([(char)c]);
            Assert.True(f == 0 || table.ContainsKey((char)c), $"U+{c:X4} has frequency {f} but is not in the table");
        }
    }

    [Fact]
    public void Toneless_FastPathAgreesWithDecomposition_OnEveryUnihanReading()
    {
        var path = Path.Combine(RepoPaths.Root, "lexicons", "dict", "unihan", "kMandarin.txt");
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length < 3 || line[0] == '#' || line[1] != '\t')
            {
                continue;
            }

            foreach (var reading in line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Equal(TypoResources.TonelessSlow(reading), TypoResources.Toneless(reading));
                n++;
            }
        }

        Assert.True(n > 20_000);
        Assert.Equal("lv", TypoResources.Toneless("lǜ"));
        Assert.Equal("zhong", TypoResources.Toneless("zhōng"));
        Assert.Equal("m", TypoResources.Toneless("ḿ")); // outside the fast table: the general path
    }
}
