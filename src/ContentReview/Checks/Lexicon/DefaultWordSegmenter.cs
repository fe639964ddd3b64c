using ContentReview.Segmentation;

namespace ContentReview.Checks.Lexicon;

/// <summary>
/// The segmenter whole-word rules use when the builder is given none: <see cref="JiebaSegmenter.Default"/> with the HMM
/// off (the HMM glues unknown characters into new words, and a glued word across a match edge would hide a real
/// match; see <see cref="WordBoundaries"/>). Resolved on the first whole-word test, not when the reviewer is built, so
/// building stays cheap and a text without whole-word candidates never loads the dictionary.
/// </summary>
internal sealed class DefaultWordSegmenter : IWordSegmenter
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() => JiebaSegmenter.Default.WithHmm(false), LazyThreadSafetyMode.ExecutionAndPublication);

    private DefaultWordSegmenter()
    {
    }

    /// <summary>The shared instance.</summary>
    public static DefaultWordSegmenter Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<TextSpan> Cut(string text) => Segmenter.Value.Cut(text);

    /// <inheritdoc />
    public bool ContainsWord(ReadOnlySpan<char> word) => Segmenter.Value.ContainsWord(word);
}
