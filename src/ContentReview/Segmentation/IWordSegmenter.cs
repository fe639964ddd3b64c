using ContentReview.Checks;

namespace ContentReview.Segmentation;

/// <summary>
/// Splits text into words. The seam between the review pipeline and a segmenter: the built-in jieba-compatible
/// segmenter implements it, and another segmenter (jieba.NET, a service) can replace it in one place.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface IWordSegmenter
{
    /// <summary>
    /// Cuts <paramref name="text"/> into consecutive spans that cover it entirely, in order (every character belongs to
    /// exactly one span; punctuation and spaces are spans of their own).
    /// </summary>
    /// <param name="text">The text.</param>
    IReadOnlyList<TextSpan> Cut(string text);

    /// <summary>
    /// Whether <paramref name="word"/> is a word of the segmenter's dictionary. Used by
    /// <see cref="WordBoundaries.IsWholeWordMatch(ReadOnlySpan{char}, IReadOnlyList{TextSpan}, int, int, IWordSegmenter)"/>
    /// to tell a compound that contains a match (台独分子 = 台独 + 分子) from a word that merely contains its characters
    /// (大麻哈鱼). The default answers true for every word: a segmenter without a dictionary cannot tell, and treating the
    /// rest as a word errs towards reporting.
    /// </summary>
    /// <param name="word">A candidate word.</param>
    bool ContainsWord(ReadOnlySpan<char> word) => true;
}
