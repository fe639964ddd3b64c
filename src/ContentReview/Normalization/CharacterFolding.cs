using System.Globalization;
using System.Text;
using ContentReview.Matching;

namespace ContentReview.Normalization;

/// <summary>
/// The per-code-point normalization the matcher applies to patterns and text alike: full-width → half-width,
/// lower-case, traditional → simplified, and the "ignorable" test. Every fold maps one code point to one code point,
/// which is what keeps match offsets on the original text exact.
/// </summary>
/// <remarks>
/// Folds compose in a fixed order: width, then case, then traditional → simplified. A character is ignorable when
/// either its original or its folded form is (so a full-width '＊' is noise once width folding is on). Built from a
/// <see cref="MatcherOptions"/> snapshot; immutable.
/// </remarks>
internal sealed class CharacterFolding
{
    private readonly bool _foldWidth;
    private readonly bool _ignoreCase;
    private readonly bool _foldTraditional;
    private readonly bool _skipIgnorable;
    private readonly HashSet<int> _noise;
    private readonly bool[] _ignorableBmp;

    public CharacterFolding(bool foldWidth, bool ignoreCase, bool foldTraditional, bool skipIgnorable, string noiseCharacters)
    {
        _foldWidth = foldWidth;
        _ignoreCase = ignoreCase;
        _foldTraditional = foldTraditional;
        _skipIgnorable = skipIgnorable;
        _noise = new HashSet<int>();
        for (int i = 0; i < noiseCharacters.Length; i++)
        {
            char c = noiseCharacters[i];
            if (char.IsHighSurrogate(c) && i + 1 < noiseCharacters.Length && char.IsLowSurrogate(noiseCharacters[i + 1]))
            {
                _noise.Add(char.ConvertToUtf32(c, noiseCharacters[i + 1]));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException(
                    $"NoiseCharacters contains a lone surrogate U+{(int)c:X4} at offset {i}.", nameof(MatcherOptions.NoiseCharacters));
            }
            else
            {
                _noise.Add(c);
            }
        }

        // A flat table for the BMP, so building the 64K class table stays well under a millisecond.
        _ignorableBmp = (bool[])s_spaceBmp.Clone();
        foreach (int cp in _noise)
        {
            if (cp < 0x10000)
            {
                _ignorableBmp[cp] = true;
            }
        }
    }

    /// <summary>Whitespace (char.IsWhiteSpace: U+0020, U+3000, U+00A0, tabs, line breaks…) and zero-width characters.</summary>
    private static readonly bool[] s_spaceBmp = CreateSpaceTable();

    private static bool[] CreateSpaceTable()
    {
        var table = new bool[0x10000];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = char.IsWhiteSpace((char)c) || c is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF;
        }

        return table;
    }

    /// <summary>Whether ignorable characters are skipped at all.</summary>
    public bool SkipIgnorable => _skipIgnorable;

    /// <summary>The noise code points (after validation), for serialization and tests.</summary>
    public IReadOnlyCollection<int> Noise => _noise;

    /// <summary>Folds every BMP code unit at once (cached per combination of folds): the class-table build reads this.</summary>
    public int[] FoldBmp()
    {
        int key = (_foldWidth ? 1 : 0) | (_ignoreCase ? 2 : 0) | (_foldTraditional ? 4 : 0);
        var table = Volatile.Read(ref s_bmpTables[key]);
        if (table is null)
        {
            table = new int[0x10000];
            for (int c = 0; c < table.Length; c++)
            {
                table[c] = c is >= 0xD800 and <= 0xDFFF ? c : Fold(c);
            }

            Volatile.Write(ref s_bmpTables[key], table);
        }

        return table;
    }

    private static readonly int[]?[] s_bmpTables = new int[]?[8];

    /// <summary>Folds one code point (never a surrogate) to its canonical form.</summary>
    public int Fold(int cp)
    {
        if (_foldWidth && cp is >= 0xFF01 and <= 0xFF5E)
        {
            cp -= 0xFEE0;
        }

        if (_ignoreCase && cp < 0x10000)
        {
            // Simple (1:1) invariant lower-casing: Latin, Greek, Cyrillic, full-width Latin… Never changes length.
            cp = char.ToLowerInvariant((char)cp);
        }

        if (_foldTraditional)
        {
            cp = TraditionalChineseMap.Fold(cp);
        }

        return cp;
    }

    /// <summary>
    /// Whether <paramref name="original"/> (folding to <paramref name="folded"/>) is skipped inside a match.
    /// Always false when <see cref="SkipIgnorable"/> is off.
    /// </summary>
    public bool IsIgnorable(int original, int folded) =>
        _skipIgnorable && (IsIgnorableCore(original) || (folded != original && IsIgnorableCore(folded)));

    /// <summary>Normalizes a whole string (for diagnostics and the error message of an empty pattern).</summary>
    /// <exception cref="ArgumentException">The string has a lone surrogate.</exception>
    public string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = ReadCodePoint(s, ref i);
            if (cp < 0)
            {
                throw new ArgumentException($"Lone surrogate at offset {i}.", nameof(s));
            }

            int f = Fold(cp);
            if (!IsIgnorable(cp, f))
            {
                sb.Append(char.ConvertFromUtf32(f));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Reads the code point at <paramref name="i"/>; on a surrogate pair advances <paramref name="i"/> to the low half.
    /// Returns -1 for a lone surrogate.
    /// </summary>
    public static int ReadCodePoint(ReadOnlySpan<char> s, ref int i)
    {
        char c = s[i];
        if (!char.IsSurrogate(c))
        {
            return c;
        }

        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            i++;
            return char.ConvertToUtf32(c, s[i]);
        }

        return -1;
    }

    /// <summary>Whitespace (U+0020, U+3000, U+00A0, tabs, line breaks…), zero-width characters and the noise set.</summary>
    private bool IsIgnorableCore(int cp) => cp < 0x10000 ? _ignorableBmp[cp] : _noise.Contains(cp);

    /// <summary>Describes the options in the form used in error messages.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"width={_foldWidth}, case={_ignoreCase}, traditional={_foldTraditional}, ignorable={_skipIgnorable}");
}
