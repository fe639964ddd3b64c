namespace ContentReview;

/// <summary>The outcome of one review.</summary>
public sealed class ReviewResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="findings">The findings, sorted by position.</param>
    /// <param name="lexiconVersion">The version of the lexicon that produced them.</param>
    public ReviewResult(IReadOnlyList<Finding> findings, string lexiconVersion)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(lexiconVersion);
        Findings = findings;
        LexiconVersion = lexiconVersion;
    }

    /// <summary>The findings, sorted by start, then by longer span first.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The version of the lexicon the review ran on.</summary>
    public string LexiconVersion { get; }
}
