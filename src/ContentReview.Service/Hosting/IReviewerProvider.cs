namespace ContentReview.Service.Hosting;

/// <summary>
/// Hands out the reviewer currently in service. Hot reload builds a new reviewer in the background and swaps it in
/// atomically; a call takes <see cref="Current"/> once and finishes on that snapshot.
/// </summary>
public interface IReviewerProvider
{
    /// <summary>The reviewer in service now, with its lexicon version.</summary>
    ReviewerSnapshot Current { get; }

    /// <summary>
    /// Rebuilds the reviewer from the configured lexicons and swaps it in. A bad lexicon is refused: the old reviewer
    /// keeps serving and the result carries the error.
    /// </summary>
    /// <param name="cancellationToken">Cancels the rebuild.</param>
    Task<ReloadResult> ReloadAsync(CancellationToken cancellationToken = default);
}

/// <summary>A reviewer and the lexicon version it was built from.</summary>
/// <param name="Reviewer">The reviewer.</param>
/// <param name="Version">Its lexicon version.</param>
public sealed record ReviewerSnapshot(ContentReviewer Reviewer, string Version);

/// <summary>The outcome of a reload.</summary>
/// <param name="Succeeded">Whether the new lexicon is now in service.</param>
/// <param name="Version">The version in service after the reload.</param>
/// <param name="Error">Why the reload was refused, when it was.</param>
public sealed record ReloadResult(bool Succeeded, string Version, string? Error);
