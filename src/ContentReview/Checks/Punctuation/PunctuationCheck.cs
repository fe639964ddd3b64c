namespace ContentReview.Checks.Punctuation;

/// <summary>Placeholder.</summary>
public sealed class PunctuationCheck : IReviewCheck
{
    /// <inheritdoc/>
    public string Name => "x";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Categories { get; } = [];

    /// <inheritdoc/>
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
    }
}
