namespace ContentReview.Checks;

/// <summary>
/// One kind of check (lexicon rules, typos, privacy, number formats, …). Implementations are immutable and thread-safe:
/// one instance serves every review.
/// </summary>
public interface IReviewCheck
{
    /// <summary>Stable name of the check, for example <c>lexicon</c> or <c>privacy</c>.</summary>
    string Name { get; }

    /// <summary>The categories this check can report; a check whose categories are all disabled is not run.</summary>
    IReadOnlyCollection<string> Categories { get; }

    /// <summary>
    /// Reviews <see cref="ReviewContext.Text"/> and adds findings to <paramref name="findings"/>, with spans on
    /// <see cref="ReviewContext.Text"/>. The pipeline maps spans back to the original input, filters by category and
    /// severity, and merges overlaps.
    /// </summary>
    /// <param name="context">The text under review and the options of this call.</param>
    /// <param name="findings">Where to add findings.</param>
    void Run(ReviewContext context, ICollection<Finding> findings);
}
