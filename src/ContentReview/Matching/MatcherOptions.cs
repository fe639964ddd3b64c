namespace ContentReview.Matching;

/// <summary>
/// How a <see cref="MultiPatternMatcher"/> matches. Every normalization is on by default; offsets always refer to the
/// original text. The options are copied when a matcher is built, so changing them later has no effect on it.
/// </summary>
public sealed class MatcherOptions
{
    /// <summary>The default noise symbols skipped inside a match when <see cref="SkipIgnorable"/> is on.</summary>
    public const string DefaultNoiseCharacters = "*#@.-_·•・~～|/\\'\"`^&+=";

    /// <summary>Which matches are reported. Default: <see cref="MatchKind.LeftmostLongest"/>.</summary>
    public MatchKind MatchKind { get; set; } = MatchKind.LeftmostLongest;

    /// <summary>Fold full-width ASCII letters, digits and symbols (U+FF01–U+FF5E) to half-width. Default: on.</summary>
    public bool FoldWidth { get; set; } = true;

    /// <summary>
    /// Match letters case-insensitively: simple one-to-one lower-casing of BMP characters (Latin, Greek, Cyrillic,
    /// full-width Latin), so lengths and offsets never change. Default: on.
    /// </summary>
    public bool IgnoreCase { get; set; } = true;

    /// <summary>
    /// Fold traditional Chinese characters to simplified (OpenCC TSCharacters, first target of each entry, embedded in
    /// the library), so 臺灣政府 matches the pattern 台湾政府. Default: on.
    /// </summary>
    public bool FoldTraditional { get; set; } = true;

    /// <summary>
    /// Skip ignorable characters inside a match: whitespace (including U+3000 and U+00A0), zero-width characters
    /// (U+200B–U+200D, U+2060, U+FEFF) and <see cref="NoiseCharacters"/>. A match never starts or ends on one. Default: on.
    /// </summary>
    public bool SkipIgnorable { get; set; } = true;

    /// <summary>The noise symbols skipped when <see cref="SkipIgnorable"/> is on. Default: <see cref="DefaultNoiseCharacters"/>.</summary>
    public string NoiseCharacters { get; set; } = DefaultNoiseCharacters;
}
