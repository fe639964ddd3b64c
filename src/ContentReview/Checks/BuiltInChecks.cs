using ContentReview.Checks.Lexicon;
using ContentReview.Checks.NumberFormat;
using ContentReview.Checks.Privacy;
using ContentReview.Checks.Punctuation;
using ContentReview.Checks.Secret;
using ContentReview.Checks.Typo;
using ContentReview.Lexicons;
using ContentReview.Segmentation;

namespace ContentReview.Checks;

/// <summary>
/// The registry of built-in checks: the one place that says which checks a reviewer runs by default, in order.
/// Adding a check is one line in <see cref="Factories"/>.
/// </summary>
internal static class BuiltInChecks
{
    private static readonly Lazy<ProtectedTermCheck> SharedProtectedTerms = new(() => new ProtectedTermCheck());
    private static readonly Lazy<StatisticalTypoCheck> SharedStatistical = new(() => new StatisticalTypoCheck());
    private static readonly PrivacyCheck SharedPrivacy = new();
    private static readonly SecretCheck SharedSecret = new();
    private static readonly NumberFormatCheck SharedNumberFormat = new();
    private static readonly PunctuationCheck SharedPunctuation = new();

    /// <summary>One factory per built-in check, in run order.</summary>
    /// <remarks>
    /// The protected-term and structured checks are shared instances (immutable, built once per process). The
    /// statistical typo check is opt-in (<see cref="BuiltInCheckContext.StatisticalTypos"/>): it scores every character
    /// against jieba's word frequencies (about 11 µs of CPU a character), two orders of magnitude more than the rest of a
    /// review, so a service that reviews on every save would lose its throughput if it ran by default.
    /// </remarks>
    private static readonly Func<BuiltInCheckContext, IReviewCheck?>[] Factories =
    [
        c => c.Lexicon,
        _ => SharedProtectedTerms.Value,
        _ => SharedPrivacy,
        _ => SharedSecret,
        _ => SharedNumberFormat,
        _ => SharedPunctuation,
        c => c.StatisticalTypos ? SharedStatistical.Value : null,
    ];

    /// <summary>Creates the built-in checks for a reviewer being built.</summary>
    public static IReadOnlyList<IReviewCheck> Create(BuiltInCheckContext context) =>
        Factories.Select(f => f(context)).OfType<IReviewCheck>().ToArray();
}

/// <summary>What a built-in check may need when it is created.</summary>
internal sealed class BuiltInCheckContext
{
    /// <summary>The lexicon rule check, already compiled.</summary>
    public required LexiconCheck Lexicon { get; init; }

    /// <summary>The rules in force (after overrides and disabled rules) and the global allow terms.</summary>
    public required ComposedLexicon Rules { get; init; }

    /// <summary>The word segmenter of this reviewer (the builder's, or the fallback).</summary>
    public required IWordSegmenter Segmenter { get; init; }

    /// <summary>Whether the statistical typo check runs (<see cref="ContentReviewerBuilder.UseStatisticalTypoCheck"/>).</summary>
    public bool StatisticalTypos { get; init; }
}
