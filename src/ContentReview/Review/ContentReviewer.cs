using ContentReview.Checks;
using ContentReview.Lexicons;

namespace ContentReview;

/// <summary>
/// Reviews texts. Built once through <see cref="CreateBuilder"/> (or <see cref="CreateDefault"/> for the built-in
/// lexicon); immutable and thread-safe, so one instance serves every caller.
/// </summary>
public sealed class ContentReviewer
{
    internal ContentReviewer(IReadOnlyList<IReviewCheck> checks, LexiconInfo lexicon)
    {
        Checks = checks;
        Lexicon = lexicon;
    }

    /// <summary>The checks this reviewer runs, in order.</summary>
    public IReadOnlyList<IReviewCheck> Checks { get; }

    /// <summary>What lexicon this reviewer was built from: version, rules, counts.</summary>
    public LexiconInfo Lexicon { get; }

    /// <summary>Starts building a reviewer (built-in lexicon on by default).</summary>
    public static ContentReviewerBuilder CreateBuilder() => new();

    /// <summary>Builds a reviewer on the built-in lexicon and checks.</summary>
    public static ContentReviewer CreateDefault() => CreateBuilder().Build();

    /// <summary>Reviews <paramref name="text"/>.</summary>
    /// <param name="text">The input: plain text or HTML, as <paramref name="options"/> says.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="ReviewOptions.Default"/>.</param>
    /// <returns>The findings, sorted by position, with spans on <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="ReviewOptions.MaxInputLength"/>.</exception>
    public ReviewResult Review(string text, ReviewOptions? options = null) =>
        throw new NotImplementedException("Review pipeline not built yet (skeleton).");
}
