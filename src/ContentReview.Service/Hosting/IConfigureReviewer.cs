namespace ContentReview.Service.Hosting;

/// <summary>
/// A hook that adjusts every <see cref="ContentReviewerBuilder"/> the service builds, at start and on each reload (for
/// example to add a deployment's own <see cref="Checks.IReviewCheck"/>). Register implementations as singletons; they
/// run in registration order, after the configured lexicon folders and disabled rules are applied.
/// </summary>
public interface IConfigureReviewer
{
    /// <summary>Adjusts <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder about to build the next reviewer.</param>
    void Configure(ContentReviewerBuilder builder);
}
