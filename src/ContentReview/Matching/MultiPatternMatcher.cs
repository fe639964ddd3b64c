using ContentReview.Normalization;

namespace ContentReview.Matching;

/// <summary>
/// Finds many patterns at once in a text, with normalization (full-width/half-width, case, traditional → simplified,
/// ignorable characters inside a match) and offsets on the original text. Built once by <see cref="Create"/> or
/// <see cref="Load"/>; immutable and thread-safe afterwards.
/// </summary>
/// <remarks>
/// The engine is an Aho-Corasick automaton over a double-array trie and a 64K char → class table; see
/// src/ContentReview/Matching/DESIGN.md. Search is linear in the text for <see cref="MatchKind.All"/>; for
/// <see cref="MatchKind.LeftmostLongest"/> it may re-read, after each reported match, at most the length of the longest
/// pattern.
/// </remarks>
public sealed class MultiPatternMatcher
{
    private readonly string[] _patterns;
    private readonly MatcherOptions _options;

    private MultiPatternMatcher(string[] patterns, MatcherOptions options, AhoCorasickAutomaton automaton)
    {
        _patterns = patterns;
        _options = options;
        Automaton = automaton;
    }

    /// <summary>Number of patterns the matcher was built from.</summary>
    public int PatternCount => _patterns.Length;

    /// <summary>Which matches <see cref="FindAll"/> reports.</summary>
    public MatchKind MatchKind => _options.MatchKind;

    /// <summary>The compiled automaton (internal: tests, benchmarks and serialization).</summary>
    internal AhoCorasickAutomaton Automaton { get; }

    /// <summary>A copy of the options the matcher was built with.</summary>
    public MatcherOptions Options => Copy(_options);

    /// <summary>Returns the pattern with the given index, as it was given to <see cref="Create"/>.</summary>
    /// <param name="index">The pattern index reported in <see cref="PatternMatch.PatternIndex"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a pattern index.</exception>
    public string GetPattern(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _patterns.Length);
        return _patterns[index];
    }

    /// <summary>Builds a matcher.</summary>
    /// <param name="patterns">The patterns; duplicates (also after normalization) are allowed and reported under each index.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults. They are copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">
    /// A pattern normalizes to nothing or contains a lone surrogate (the message names its index), the options are
    /// invalid (an unknown <see cref="Matching.MatchKind"/>, a lone surrogate in <see cref="MatcherOptions.NoiseCharacters"/>),
    /// or the patterns use more than 65,532 distinct characters.
    /// </exception>
    public static MultiPatternMatcher Create(IEnumerable<string> patterns, MatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var copy = Copy(options ?? new MatcherOptions());
        if (!Enum.IsDefined(copy.MatchKind))
        {
            throw new ArgumentException($"Unknown MatchKind {(int)copy.MatchKind}.", nameof(options));
        }

        var list = patterns.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(patterns), $"Pattern at index {i} is null.");
            }
        }

        var automaton = AutomatonBuilder.Build(list, CreateFolding(copy));
        return new MultiPatternMatcher(list, copy, automaton);
    }

    /// <summary>Enumerates the matches in <paramref name="text"/>; see <see cref="MatchKind"/> for which ones.</summary>
    /// <param name="text">The text to search.</param>
    /// <returns>A lazy enumerator: no allocation per call or per match.</returns>
    public MatchEnumerator FindAll(ReadOnlySpan<char> text) => new(this, text);

    /// <summary>
    /// Writes the compiled matcher (options, patterns and automaton) in a versioned binary format with a checksum.
    /// Loading it with <see cref="Load"/> skips the build.
    /// </summary>
    /// <param name="stream">A writable stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public void Save(Stream stream) => MatcherSerializer.Save(this, _patterns, _options, stream);

    /// <summary>Reads a matcher written by <see cref="Save"/>.</summary>
    /// <param name="stream">A readable stream positioned at the start of the saved matcher; it is not closed.</param>
    /// <returns>The matcher, equivalent to the one saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">
    /// The data is not a saved matcher, was written by an unsupported format version, is truncated, fails its checksum,
    /// or is structurally inconsistent; the message says which.
    /// </exception>
    public static MultiPatternMatcher Load(Stream stream)
    {
        var (patterns, options, automaton) = MatcherSerializer.Load(stream);
        return new MultiPatternMatcher(patterns, options, automaton);
    }

    internal static CharacterFolding CreateFolding(MatcherOptions o) =>
        new(o.FoldWidth, o.IgnoreCase, o.FoldTraditional, o.SkipIgnorable, o.NoiseCharacters);

    private static MatcherOptions Copy(MatcherOptions o) => new()
    {
        MatchKind = o.MatchKind,
        FoldWidth = o.FoldWidth,
        IgnoreCase = o.IgnoreCase,
        FoldTraditional = o.FoldTraditional,
        SkipIgnorable = o.SkipIgnorable,
        NoiseCharacters = o.NoiseCharacters ?? MatcherOptions.DefaultNoiseCharacters,
    };
}
