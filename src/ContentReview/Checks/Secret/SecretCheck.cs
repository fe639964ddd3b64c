namespace ContentReview.Checks.Secret;

/// <summary>Placeholder.</summary>
public sealed class SecretCheck : IReviewCheck
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
