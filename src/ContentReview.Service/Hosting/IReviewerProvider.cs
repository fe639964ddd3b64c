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
public sealed record ReviewerSnapshot(ContentReviewer Reviewer, string Version)
{
    /// <summary>When this reviewer went into service.</summary>
    public DateTimeOffset LoadedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>How many successful loads preceded this one: 0 for the reviewer built at start, then 1, 2, …</summary>
    public long Generation { get; init; }

    /// <summary>
    /// Every category a call may ask for, sorted: the well-known <see cref="ContentReview.Categories.All"/>, the
    /// categories of the lexicon's rules and those of the reviewer's checks (deployments may add their own).
    /// </summary>
    public IReadOnlyList<string> Categories => field ??= ContentReview.Categories.All
        .Concat(Reviewer.Lexicon.RuleCountsByCategory.Keys)
        .Concat(Reviewer.Checks.SelectMany(c => c.Categories))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Whether <paramref name="category"/> is one of <see cref="Categories"/>.</summary>
    /// <param name="category">A category name.</param>
    public bool IsKnownCategory(string category) =>
        (CategorySet ??= new HashSet<string>(Categories, StringComparer.Ordinal)).Contains(category);

    private HashSet<string>? CategorySet { get; set; }
}

/// <summary>The outcome of a reload.</summary>
/// <param name="Succeeded">Whether the new lexicon is now in service.</param>
/// <param name="Version">The version in service after the reload.</param>
/// <param name="Error">Why the reload was refused, when it was.</param>
public sealed record ReloadResult(bool Succeeded, string Version, string? Error);
