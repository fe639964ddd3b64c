using ContentReview.Checks;

namespace ContentReview;

/// <summary>Configures and builds a <see cref="ContentReviewer"/>. Mutable; not thread-safe; build once.</summary>
public sealed class ContentReviewerBuilder
{
    internal ContentReviewerBuilder()
    {
    }

    /// <summary>Whether to load the built-in lexicon (default: yes).</summary>
    /// <param name="use">Load it or not.</param>
    public ContentReviewerBuilder UseBuiltInLexicon(bool use = true) => throw new NotImplementedException();

    /// <summary>Adds every rule file (*.yaml, *.yml) in a folder; may override or disable built-in rules by id.</summary>
    /// <param name="path">The folder.</param>
    public ContentReviewerBuilder AddLexiconDirectory(string path) => throw new NotImplementedException();

    /// <summary>Adds one rule file from a reader.</summary>
    /// <param name="name">A name for error messages (usually the file name).</param>
    /// <param name="reader">The YAML text.</param>
    public ContentReviewerBuilder AddLexicon(string name, TextReader reader) => throw new NotImplementedException();

    /// <summary>Adds allow terms: a finding that lies inside an occurrence of one of them is suppressed.</summary>
    /// <param name="terms">The terms.</param>
    public ContentReviewerBuilder AddAllowTerms(IEnumerable<string> terms) => throw new NotImplementedException();

    /// <summary>Disables rules by id.</summary>
    /// <param name="ruleIds">The ids.</param>
    public ContentReviewerBuilder DisableRules(IEnumerable<string> ruleIds) => throw new NotImplementedException();

    /// <summary>Adds a check that runs after the built-in ones.</summary>
    /// <param name="check">The check.</param>
    public ContentReviewerBuilder AddCheck(IReviewCheck check) => throw new NotImplementedException();

    /// <summary>Loads and validates everything and builds the reviewer.</summary>
    /// <exception cref="Lexicons.LexiconFormatException">A rule file is malformed; nothing is half-loaded.</exception>
    public ContentReviewer Build() => throw new NotImplementedException();
}
