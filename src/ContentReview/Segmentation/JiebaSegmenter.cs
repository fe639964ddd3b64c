using ContentReview.Checks;
using System.Diagnostics;

namespace ContentReview.Segmentation;

/// <summary>
/// A jieba-compatible Chinese word segmenter: jieba 0.42.1's prefix dictionary, DAG and maximum-probability route, with
/// its BMES hidden Markov model for runs of characters the dictionary does not know. The output agrees token for token
/// with Python jieba's <c>jieba.cut(text, HMM=…)</c> (see the segmentation tests). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Text outside jieba's word characters (CJK U+4E00..U+9FD5, ASCII letters and digits, <c>+#&amp;._%-</c>) is
/// cut one character per token (a CR LF pair and a surrogate pair are one token), as jieba does; runs of ASCII letters
/// and digits inside a word block stay together.</para>
/// <para><see cref="Default"/> loads jieba's dictionary and HMM parameters embedded in this assembly once, on first
/// use (the HMM parameters only when the HMM is first used). Add words with <see cref="JiebaSegmenterBuilder"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var words = JiebaSegmenter.Default.CutToStrings("我来到北京清华大学");   // 我 来到 北京 清华大学
/// </code>
/// </example>
public sealed class JiebaSegmenter : IWordSegmenter
{
    private static readonly Lazy<JiebaSegmenter> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaCore _core;

    internal JiebaSegmenter(JiebaCore core, bool hmm)
    {
        _core = core;
        HmmEnabled = hmm;
    }

    /// <summary>
    /// The segmenter over jieba's own dictionary with the HMM on (jieba's default), loaded on first use and shared.
    /// </summary>
    public static JiebaSegmenter Default => s_default.Value;

    /// <summary>Whether <see cref="Cut(string)"/> joins unknown characters into words with the HMM.</summary>
    public bool HmmEnabled { get; }

    /// <summary>Number of words in the dictionary (entries with a positive frequency).</summary>
    public int WordCount => _core.Dictionary.WordCount;

    /// <summary>Sum of the dictionary frequencies (jieba's <c>total</c>).</summary>
    public long TotalFrequency => _core.Dictionary.Total;

    internal JiebaCore Core => _core;

    /// <summary>Starts a builder that adds user words to jieba's dictionary.</summary>
    public static JiebaSegmenterBuilder CreateBuilder() => new();

    /// <summary>
    /// Returns a segmenter over the same dictionary whose <see cref="Cut(string)"/> uses the HMM or not. Cheap: the
    /// dictionary is shared.
    /// </summary>
    /// <param name="enabled">Whether to use the HMM.</param>
    public JiebaSegmenter WithHmm(bool enabled) => enabled == HmmEnabled ? this : new JiebaSegmenter(_core, enabled);

    /// <summary>
    /// Cuts <paramref name="text"/> into words covering it entirely, in order, with the HMM as set by
    /// <see cref="HmmEnabled"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> Cut(string text) => Cut(text, HmmEnabled);

    /// <summary>Cuts <paramref name="text"/> into words covering it entirely, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hmm">Whether to join unknown characters into words with the HMM (jieba's <c>HMM=</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> Cut(string text, bool hmm)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<TextSpan>(text.Length / 2 + 1);
        _core.Cut(text, hmm, words);
        return words;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> and appends the words to <paramref name="words"/> (spans relative to
    /// <paramref name="text"/>). Lets a caller reuse one list over many lines.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="hmm">Whether to use the HMM.</param>
    /// <param name="words">Where to append the words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public void Cut(ReadOnlySpan<char> text, bool hmm, List<TextSpan> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _core.Cut(text, hmm, words);
    }

    /// <summary>Cuts <paramref name="text"/> and returns the words as strings (jieba's <c>lcut</c>).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> CutToStrings(string text) => CutToStrings(text, HmmEnabled);

    /// <summary>Cuts <paramref name="text"/> and returns the words as strings (jieba's <c>lcut</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="hmm">Whether to use the HMM.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> CutToStrings(string text, bool hmm)
    {
        IReadOnlyList<TextSpan> spans = Cut(text, hmm);
        var result = new string[spans.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = text.Substring(spans[i].Start, spans[i].Length);
        }

        return result;
    }

    /// <summary>
    /// Search-engine mode (jieba's <c>cut_for_search</c>): the words of <see cref="Cut(string, bool)"/>, each preceded by
    /// the dictionary words of two and three characters inside it. The spans overlap and do not cover the text in order.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="hmm">Whether to use the HMM.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> CutForSearch(string text, bool hmm)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<TextSpan>();
        _core.CutForSearch(text, hmm, output);
        return output;
    }

    /// <summary>The dictionary frequency of <paramref name="word"/>; 0 when it is not a word of the dictionary.</summary>
    /// <param name="word">A word.</param>
    public long GetFrequency(ReadOnlySpan<char> word)
    {
        long f = _core.Dictionary.Get(word);
        return f < 0 ? 0 : f;
    }

    /// <summary>Whether <paramref name="word"/> is a word of the dictionary (positive frequency).</summary>
    /// <param name="word">A word.</param>
    public bool ContainsWord(ReadOnlySpan<char> word) => _core.Dictionary.Get(word) > 0;

    private static JiebaSegmenter LoadDefault()
    {
        long started = Stopwatch.GetTimestamp();
        var dict = new PrefixDictionary(expectedNodes: 500_000);
        ArraySegment<byte> bytes = EmbeddedData.ReadAllBytes(EmbeddedData.JiebaDictionary);
        dict.AddJiebaDictionary(bytes, EmbeddedData.DisplayName(EmbeddedData.JiebaDictionary));
        var hmm = new Lazy<HmmModel>(LoadHmm, LazyThreadSafetyMode.ExecutionAndPublication);
        s_defaultLoadTime = Stopwatch.GetElapsedTime(started);
        return new JiebaSegmenter(new JiebaCore(dict, hmm, forceSplit: null), hmm: true);
    }

    private static HmmModel LoadHmm()
    {
        using StreamReader reader = EmbeddedData.OpenText(EmbeddedData.JiebaHmm);
        return HmmModel.Parse(reader, EmbeddedData.DisplayName(EmbeddedData.JiebaHmm));
    }

    private static TimeSpan s_defaultLoadTime;

    /// <summary>How long loading <see cref="Default"/> took (zero until it is loaded). For diagnostics and benchmarks.</summary>
    public static TimeSpan DefaultLoadTime => s_defaultLoadTime;
}
