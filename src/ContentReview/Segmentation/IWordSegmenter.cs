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
}
