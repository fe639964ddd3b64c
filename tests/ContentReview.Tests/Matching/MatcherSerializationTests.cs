using System.Buffers.Binary;
using System.Numerics;
using ContentReview.Matching;

namespace ContentReview.Tests.Matching;

public class MatcherSerializationTests
{
    private static readonly string[] SmallPatterns = ["台湾政府", "政府", "𠀀字", "ab", "AB", "鰊魚"];

    private static byte[] Save(MultiPatternMatcher m)
    {
        using var ms = new MemoryStream();
        m.Save(ms);
        return ms.ToArray();
    }

    private static MultiPatternMatcher Load(byte[] bytes) => MultiPatternMatcher.Load(new MemoryStream(bytes));

    [Fact]
    public void SaveLoad_RandomMatchers_BehaveIdentically()
    {
        var rng = new Random(11);
        for (int iteration = 0; iteration < 300; iteration++)
        {
            var options = MatcherRandomTests.RandomOptions(rng);
            var patterns = new List<string>();
            while (patterns.Count < rng.Next(1, 10))
            {
                var p = MatcherRandomTests.RandomText(rng, rng.Next(1, 5), allowLoneSurrogates: false);
                if (ReferenceMatcher.NormalizePattern(p, options) is { Length: > 0 })
                {
                    patterns.Add(p);
                }
            }

            var original = MultiPatternMatcher.Create(patterns, options);
            var loaded = Load(Save(original));
            Assert.Equal(original.PatternCount, loaded.PatternCount);
            Assert.Equal(original.MatchKind, loaded.MatchKind);
            Assert.Equal(options.NoiseCharacters, loaded.Options.NoiseCharacters);
            for (int k = 0; k < 5; k++)
            {
                var text = MatcherRandomTests.RandomText(rng, rng.Next(0, 40), allowLoneSurrogates: true);
                Assert.Equal(MatcherCaseTests.Run(original, text), MatcherCaseTests.Run(loaded, text));
            }
        }
    }

    [Fact]
    public void SaveLoad_DictionaryMatcher_RoundTripsExactly()
    {
        var words = File.ReadLines(RepoPaths.File("lexicons/dict/jieba/dict.txt")).Select(l => l.Split(' ')[0]).Where((_, i) => i % 20 == 0).ToArray();
        var original = MultiPatternMatcher.Create(words);
        var bytes = Save(original);
        var loaded = Load(bytes);
        Assert.Equal(bytes, Save(loaded));
        string text = string.Concat(words.Take(3000));
        Assert.Equal(MatcherCaseTests.Run(original, text), MatcherCaseTests.Run(loaded, text));
    }

    [Fact]
    public void Load_EveryByteCorrupted_ThrowsInvalidData()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns));
        Assert.True(bytes.Length < 64 * 1024, $"small matchers should stay small, got {bytes.Length} bytes");
        for (int i = 0; i < bytes.Length; i++)
        {
            var copy = (byte[])bytes.Clone();
            copy[i] ^= (byte)(1 << (i % 8));
            var e = Assert.Throws<InvalidDataException>(() => Load(copy));
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }

    [Fact]
    public void Load_EveryTruncation_ThrowsInvalidData()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns));
        for (int length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<InvalidDataException>(() => Load(bytes[..length]));
            Assert.Contains("Truncated", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_TruncatedUnseekableStream_ThrowsInvalidData()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns));
        var e = Assert.Throws<InvalidDataException>(() => MultiPatternMatcher.Load(new UnseekableStream(bytes[..(bytes.Length - 9)])));
        Assert.Contains("Truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongMagic_SaysSo()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns));
        bytes[0] = (byte)'X';
        Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => Load(bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FutureVersion_SaysSo()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 2);
        Assert.Contains("version 2", Assert.Throws<InvalidDataException>(() => Load(bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChecksumMismatch_SaysSo()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns));
        bytes[20] ^= 0x40;
        Assert.Contains("checksum", Assert.Throws<InvalidDataException>(() => Load(bytes)).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A file whose checksum was recomputed after tampering (so only the structural checks stand between it and the
    /// unchecked search loop): every single-byte change in the payload must give InvalidDataException or a matcher
    /// that searches without crashing or looping.
    /// </summary>
    [Fact]
    public void Load_TamperedPayloadWithValidChecksum_NeverCrashes()
    {
        var bytes = Save(MultiPatternMatcher.Create(SmallPatterns, new MatcherOptions { MatchKind = MatchKind.All }));
        int rejected = 0;
        for (int i = 16; i < bytes.Length - 4; i++)
        {
            foreach (byte value in new byte[] { 0x00, 0xFF, (byte)(bytes[i] + 1) })
            {
                var copy = (byte[])bytes.Clone();
                copy[i] = value;
                FixChecksum(copy);
                MultiPatternMatcher loaded;
                try
                {
                    loaded = Load(copy);
                }
                catch (InvalidDataException)
                {
                    rejected++;
                    continue;
                }

                _ = MatcherCaseTests.Run(loaded, "臺灣政府 台*湾*政*府 AB ab 𠀀字 鰊魚 \uD800x");
            }
        }

        Assert.True(rejected > 0);
    }

    [Fact]
    public void Save_NullOrReadOnlyStream_Throws()
    {
        var m = MultiPatternMatcher.Create(SmallPatterns);
        Assert.Throws<ArgumentNullException>(() => m.Save(null!));
        Assert.Throws<ArgumentException>(() => m.Save(new MemoryStream([], writable: false)));
        Assert.Throws<ArgumentNullException>(() => MultiPatternMatcher.Load(null!));
    }

    private static void FixChecksum(byte[] bytes)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in bytes.AsSpan(0, bytes.Length - 4))
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), ~crc);
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
