namespace ContentReview;

/// <summary>Per-call options for <see cref="ContentReviewer.Review"/>.</summary>
public sealed class ReviewOptions
{
    /// <summary>The default maximum input length: 1,000,000 UTF-16 code units.</summary>
    public const int DefaultMaxInputLength = 1_000_000;

    /// <summary>Shared default options (plain text, every category, every severity).</summary>
    public static ReviewOptions Default { get; } = new();

    /// <summary>The kind of input. Default: <see cref="ContentType.PlainText"/>.</summary>
    public ContentType ContentType { get; init; } = ContentType.PlainText;

    /// <summary>The categories to report, or <c>null</c> (the default) for all of them.</summary>
    public IReadOnlyCollection<string>? Categories { get; init; }

    /// <summary>Findings below this severity are not reported. Default: <see cref="Severity.Info"/> (everything).</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    /// <summary>
    /// The longest input accepted, in UTF-16 code units; a longer one gets an <see cref="ArgumentException"/> naming
    /// the limit. Default: <see cref="DefaultMaxInputLength"/>.
    /// </summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;
}
