using ContentReview.Lexicons;

namespace ContentReview.Cli.Reviewing;

/// <summary>What a command needs from a reviewer. Production wraps <see cref="ContentReviewer"/>; tests may fake it.</summary>
internal interface ITextReviewer
{
    /// <summary>The lexicon the reviewer runs on.</summary>
    LexiconInfo Lexicon { get; }

    /// <summary>Reviews one text.</summary>
    ReviewResult Review(string text, ReviewOptions options);
}

/// <summary>How to build the reviewer: built-in lexicon or not, extra lexicon folders, the opt-in statistical typo check.</summary>
/// <param name="UseBuiltInLexicon">Load the built-in lexicon.</param>
/// <param name="LexiconDirectories">Extra rule folders, in order (later ones may override earlier rules by id).</param>
internal sealed record ReviewerSettings(bool UseBuiltInLexicon, IReadOnlyList<string> LexiconDirectories)
{
    /// <summary>Run the statistical typo check (<see cref="ContentReviewerBuilder.UseStatisticalTypoCheck"/>).</summary>
    public bool StatisticalTypos { get; init; }
}

/// <summary>The production <see cref="ITextReviewer"/>: a <see cref="ContentReviewer"/> built from the settings.</summary>
internal sealed class ContentReviewerAdapter : ITextReviewer
{
    private readonly ContentReviewer _reviewer;

    private ContentReviewerAdapter(ContentReviewer reviewer) => _reviewer = reviewer;

    public LexiconInfo Lexicon => _reviewer.Lexicon;

    public ReviewResult Review(string text, ReviewOptions options) => _reviewer.Review(text, options);

    /// <summary>Builds the reviewer; lexicon errors surface as <see cref="LexiconFormatException"/>.</summary>
    public static ITextReviewer Create(ReviewerSettings settings)
    {
        var builder = ContentReviewer.CreateBuilder()
            .UseBuiltInLexicon(settings.UseBuiltInLexicon)
            .UseStatisticalTypoCheck(settings.StatisticalTypos);
        foreach (var directory in settings.LexiconDirectories)
        {
            builder.AddLexiconDirectory(directory);
        }

        return new ContentReviewerAdapter(builder.Build());
    }
}
