using System.IO.Compression;
using System.Text;
using ContentReview.Segmentation;

namespace ContentReview.Checks.Lexicon;

/// <summary>
/// The word segmenter the whole-word test uses when the builder is given none
/// (<see cref="ContentReviewerBuilder.UseWordSegmenter"/>): backward maximum matching over jieba's dictionary words.
/// </summary>
/// <remarks>
/// Deliberately simple: from the end of the text, take the longest dictionary word (2 to 8 characters) that ends there,
/// else one character. Backward matching is the classic choice for Chinese because modifiers precede heads, and it cuts
/// the boundary traps correctly — 集中|共享, 路口|交通, 大|麻烦, 平台|独立 — so a whole-word rule for 中共, 口交, 大麻 or
/// 台独 does not fire inside them. It has no probabilities and no HMM: the jieba-compatible segmenter replaces it by
/// <c>UseWordSegmenter</c>. The dictionary (lexicons/dict/jieba/dict.txt, MIT) is embedded compressed and loaded on the
/// first whole-word test, once per process.
/// </remarks>
internal sealed class FallbackWordSegmenter : IWordSegmenter
{
    /// <summary>The manifest resource name of the compressed jieba dictionary.</summary>
    internal const string DictionaryResource = "ContentReview.Lexicons.Dict.jieba.dict.txt.gz";

    private const int MaxWordLength = 8;

    private static readonly Lazy<FallbackWordSegmenter> Default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _words;

    /// <summary>Creates a segmenter over <paramref name="words"/> (words shorter than 2 or longer than 8 are ignored).</summary>
    public FallbackWordSegmenter(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Where(w => w.Length is >= 2 and <= MaxWordLength), StringComparer.Ordinal);
    }

    /// <summary>A segmenter that loads the embedded jieba dictionary on its first <see cref="Cut"/>.</summary>
    public static IWordSegmenter Lazy { get; } = new LazySegmenter();

    /// <inheritdoc />
    public IReadOnlyList<TextSpan> Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        int i = text.Length;
        while (i > 0)
        {
            int len = 1;
            for (int l = Math.Min(MaxWordLength, i); l >= 2; l--)
            {
                if (_words.Contains(text.Substring(i - l, l)))
                {
                    len = l;
                    break;
                }
            }

            if (len == 1 && i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2]))
            {
                len = 2;
            }

            spans.Add(new TextSpan(i - len, len));
            i -= len;
        }

        spans.Reverse();
        return spans;
    }

    private static FallbackWordSegmenter LoadDefault()
    {
        using var stream = typeof(FallbackWordSegmenter).Assembly.GetManifestResourceStream(DictionaryResource)
            ?? throw new InvalidOperationException($"Embedded dictionary '{DictionaryResource}' is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var words = new List<string>(350_000);
        while (reader.ReadLine() is { } line)
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            words.Add(space < 0 ? line : line[..space]);
        }

        return new FallbackWordSegmenter(words);
    }

    private sealed class LazySegmenter : IWordSegmenter
    {
        public IReadOnlyList<TextSpan> Cut(string text) => Default.Value.Cut(text);
    }
}
