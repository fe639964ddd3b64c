using ContentReview.Checks;
using ContentReview.Checks.Lexicon;
using ContentReview.Lexicons;
using ContentReview.Matching;
using ContentReview.Segmentation;

namespace ContentReview;

/// <summary>
/// Configures and builds a <see cref="ContentReviewer"/>. Mutable; not thread-safe; build once, then share the reviewer.
/// </summary>
/// <remarks>
/// Rule files load in this order: the built-in lexicon (unless <see cref="UseBuiltInLexicon"/> is off), then every
/// folder, file and stream in the order they were added (a folder's files in ordinal file-name order). A later file may
/// replace an earlier rule with <c>override: true</c> and disable rules by id with <c>disable:</c>. Nothing is read or
/// validated until <see cref="Build"/>, which either builds everything or throws.
/// </remarks>
public sealed class ContentReviewerBuilder
{
    private readonly List<Func<IReadOnlyList<RuleFile>>> _sources = [];
    private readonly List<string> _allow = [];
    private readonly List<string> _disabled = [];
    private readonly List<IReviewCheck> _checks = [];
    private bool _builtInLexicon = true;
    private bool _builtInChecks = true;
    private bool _statisticalTypos;
    private IWordSegmenter? _segmenter;

    internal ContentReviewerBuilder()
    {
    }

    /// <summary>Whether to load the built-in lexicon (default: yes).</summary>
    /// <param name="use">Load it or not.</param>
    public ContentReviewerBuilder UseBuiltInLexicon(bool use = true)
    {
        _builtInLexicon = use;
        return this;
    }

    /// <summary>
    /// Whether to run the built-in checks (default: yes). Off, the reviewer runs only the checks added with
    /// <see cref="AddCheck"/>; the lexicon rules are then not applied either.
    /// </summary>
    /// <param name="use">Run them or not.</param>
    public ContentReviewerBuilder UseBuiltInChecks(bool use = true)
    {
        _builtInChecks = use;
        return this;
    }

    /// <summary>
    /// Whether to run the statistical typo check (default: no). It proposes same-pinyin and similar-shape corrections
    /// scored with jieba's word frequencies (findings of category <c>typo</c>, severity warning). It costs about 11 µs
    /// of CPU a character, far more than the rest of a review, so it is meant for editors' one-off checks rather than
    /// for reviews on every save. Curated typo rules and protected-term typos run always.
    /// </summary>
    /// <param name="use">Run it or not.</param>
    public ContentReviewerBuilder UseStatisticalTypoCheck(bool use = true)
    {
        _statisticalTypos = use;
        return this;
    }

    /// <summary>
    /// Sets the word segmenter used by whole-word rules (and by checks that need words). Default: the built-in
    /// jieba-compatible segmenter (<see cref="JiebaSegmenter.Default"/>) with the HMM off, loaded on first use.
    /// </summary>
    /// <param name="segmenter">The segmenter; must be thread-safe.</param>
    /// <exception cref="ArgumentNullException"><paramref name="segmenter"/> is null.</exception>
    public ContentReviewerBuilder UseWordSegmenter(IWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        return this;
    }

    /// <summary>Adds every rule file (*.yaml, *.yml) in a folder; may override or disable built-in rules by id.</summary>
    /// <param name="path">The folder. Its files are read by <see cref="Build"/>, in ordinal file-name order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public ContentReviewerBuilder AddLexiconDirectory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"Lexicon folder '{path}' does not exist.");
        }

        _sources.Add(() => Directory.EnumerateFiles(path)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(ParseFile)
            .ToList());
        return this;
    }

    /// <summary>Adds one rule file.</summary>
    /// <param name="path">The file; read by <see cref="Build"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public ContentReviewerBuilder AddLexiconFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Lexicon file '{path}' does not exist.", path);
        }

        _sources.Add(() => [ParseFile(path)]);
        return this;
    }

    /// <summary>Adds one rule file from a reader. The text is read now; it is parsed and validated by <see cref="Build"/>.</summary>
    /// <param name="name">A name for error messages (usually the file name).</param>
    /// <param name="reader">The YAML text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="reader"/> is null.</exception>
    public ContentReviewerBuilder AddLexicon(string name, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        _sources.Add(() => [RuleFileParser.Parse(name, new StringReader(text))]);
        return this;
    }

    /// <summary>Adds allow terms: a finding that lies inside an occurrence of one of them is suppressed.</summary>
    /// <param name="terms">The terms.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A term is empty or holds only spaces and ignorable symbols.</exception>
    public ContentReviewerBuilder AddAllowTerms(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        foreach (var t in list)
        {
            if (t is null)
            {
                throw new ArgumentNullException(nameof(terms), "An allow term is null.");
            }

            if (!IsMatchable(t))
            {
                throw new ArgumentException($"Allow term '{t}' is empty or holds only spaces and ignorable symbols.", nameof(terms));
            }
        }

        _allow.AddRange(list);
        return this;
    }

    /// <summary>Disables rules by id. <see cref="Build"/> fails when no loaded rule has one of the ids.</summary>
    /// <param name="ruleIds">The ids.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleIds"/> or one of them is null.</exception>
    public ContentReviewerBuilder DisableRules(IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var list = ruleIds.ToList();
        if (list.Any(id => id is null))
        {
            throw new ArgumentNullException(nameof(ruleIds), "A rule id is null.");
        }

        _disabled.AddRange(list);
        return this;
    }

    /// <summary>Adds a check that runs after the built-in ones.</summary>
    /// <param name="check">The check; must be immutable and thread-safe.</param>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    public ContentReviewerBuilder AddCheck(IReviewCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _checks.Add(check);
        return this;
    }

    /// <summary>Loads and validates everything and builds the reviewer.</summary>
    /// <exception cref="LexiconFormatException">A rule file is malformed, a rule id is taken twice, or a disabled id
    /// names no rule; nothing is half-loaded.</exception>
    /// <exception cref="IOException">A rule file cannot be read.</exception>
    public ContentReviewer Build()
    {
        var files = new List<RuleFile>();
        if (_builtInLexicon)
        {
            files.AddRange(BuiltInLexicon.Get());
        }

        foreach (var source in _sources)
        {
            files.AddRange(source());
        }

        var composed = LexiconComposer.Compose(files, _disabled, _allow);
        var segmenter = _segmenter ?? DefaultWordSegmenter.Instance;
        var checks = new List<IReviewCheck>();
        if (_builtInChecks)
        {
            var lexicon = new LexiconCheck(composed.Rules, segmenter);
            checks.AddRange(BuiltInChecks.Create(new BuiltInCheckContext { Lexicon = lexicon, Rules = composed, Segmenter = segmenter, StatisticalTypos = _statisticalTypos }));
        }

        checks.AddRange(_checks);
        var allow = composed.GlobalAllow.Count == 0
            ? null
            : MultiPatternMatcher.Create(composed.GlobalAllow, new MatcherOptions { MatchKind = MatchKind.All });
        var info = new LexiconInfo(composed.Version, composed.Rules.Select(r => r.ToInfo()).ToArray());
        return new ContentReviewer(checks, info, allow);
    }

    private static RuleFile ParseFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return RuleFileParser.Parse(path, reader);
    }

    /// <summary>Whether a term holds something the matcher can match (not only spaces, zero-width characters and noise symbols).</summary>
    internal static bool IsMatchable(string term)
    {
        foreach (char c in term)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
                && !MatcherOptions.DefaultNoiseCharacters.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
