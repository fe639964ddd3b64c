using ContentReview.Checks.Lexicon;
using ContentReview.Lexicons;
using ContentReview.Segmentation;

namespace ContentReview.Checks;

/// <summary>
/// The registry of built-in checks: the one place that says which checks a reviewer runs by default, in order.
/// Adding a check is one line in <see cref="Factories"/>.
/// </summary>
internal static class BuiltInChecks
{
    /// <summary>One factory per built-in check, in run order.</summary>
    private static readonly Func<BuiltInCheckContext, IReviewCheck>[] Factories =
    [
        c => c.Lexicon,
    ];

    /// <summary>Creates the built-in checks for a reviewer being built.</summary>
    public static IReadOnlyList<IReviewCheck> Create(BuiltInCheckContext context) =>
        Factories.Select(f => f(context)).ToArray();
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
}
