using System.Diagnostics;
using ContentReview.Normalization;

namespace ContentReview.Checks.Lexicon;

/// <summary>
/// The <c>not-preceded-by</c> or <c>not-followed-by</c> strings of one rule, compared with the text next to a match
/// under the same normalization as the match itself: 原 环境保护部 (a space) and 原環境保護部 (traditional) are exempt
/// from a rule on 环境保护部 with <c>not-preceded-by: [原]</c>, as 原环境保护部 is.
/// </summary>
/// <remarks>
/// <para>Literal rules fold width, case and traditional characters and skip ignorable characters (spaces, zero-width
/// characters, noise symbols) between the match and the string and inside it; <c>exact: true</c> rules fold case and
/// traditional characters only, so a comma stays a comma. Regex rules match the text as written, so their strings are
/// compared ordinally, as before.</para>
/// <para>A string that normalizes to nothing (<c>'"'</c> is a noise symbol) is compared ordinally: such a condition is
/// about that very character. Skipping stops at a paragraph end, as matching does: any line break in HTML input, a
/// blank line in plain text.</para>
/// </remarks>
internal sealed class ContextAffixes
{
    private readonly string[] _original;
    private readonly int[]?[] _folded; // per string: folded code points, or null to compare ordinally
    private readonly CharacterFolding? _folding;

    /// <summary>Prepares <paramref name="strings"/>; <paramref name="folding"/> null compares ordinally.</summary>
    public ContextAffixes(IReadOnlyList<string> strings, CharacterFolding? folding)
    {
        _original = strings.ToArray();
        _folding = folding;
        _folded = new int[]?[_original.Length];
        if (folding is null)
        {
            return;
        }

        for (int k = 0; k < _original.Length; k++)
        {
            string normalized;
            try
            {
                normalized = folding.Normalize(_original[k]);
            }
            catch (ArgumentException)
            {
                continue; // a lone surrogate: ordinal
            }

            if (normalized.Length > 0)
            {
                var cps = new List<int>(normalized.Length);
                for (int i = 0; i < normalized.Length; i++)
                {
                    cps.Add(CharacterFolding.ReadCodePoint(normalized, ref i));
                }

                _folded[k] = cps.ToArray();
            }
        }
    }

    /// <summary>Whether there are no strings.</summary>
    public bool IsEmpty => _original.Length == 0;

    /// <summary>Whether the text before <paramref name="start"/> ends with one of the strings.</summary>
    public bool AnyBefore(string text, int start, bool html)
    {
        for (int k = 0; k < _original.Length; k++)
        {
            if (_folded[k] is { } folded ? EndsWithFolded(text, start, folded, html) : text.AsSpan(0, start).EndsWith(_original[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text from <paramref name="end"/> starts with one of the strings.</summary>
    public bool AnyAfter(string text, int end, bool html)
    {
        for (int k = 0; k < _original.Length; k++)
        {
            if (_folded[k] is { } folded ? StartsWithFolded(text, end, folded, html) : text.AsSpan(end).StartsWith(_original[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithFolded(string text, int start, int[] folded, bool html)
    {
        Debug.Assert(_folding is not null, "folded strings exist only with a folding");
        int want = folded.Length - 1;
        int breaks = 0;
        int i = start - 1;
        while (want >= 0)
        {
            if (i < 0)
            {
                return false;
            }

            int cp = text[i];
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                cp = char.ConvertToUtf32(text[i - 1], text[i]);
                i--;
            }

            i--;
            if (Skip(cp, ref breaks, html, out bool stop))
            {
                continue;
            }

            if (stop || _folding!.Fold(cp) != folded[want])
            {
                return false;
            }

            want--;
            breaks = 0;
        }

        return true;
    }

    private bool StartsWithFolded(string text, int end, int[] folded, bool html)
    {
        Debug.Assert(_folding is not null, "folded strings exist only with a folding");
        int want = 0;
        int breaks = 0;
        int i = end;
        while (want < folded.Length)
        {
            if (i >= text.Length)
            {
                return false;
            }

            int at = i;
            int cp = CharacterFolding.ReadCodePoint(text, ref at);
            i = at + 1;
            if (cp < 0)
            {
                return false;
            }

            if (Skip(cp, ref breaks, html, out bool stop))
            {
                continue;
            }

            if (stop || _folding!.Fold(cp) != folded[want])
            {
                return false;
            }

            want++;
            breaks = 0;
        }

        return true;
    }

    /// <summary>Whether <paramref name="cp"/> is skipped between or inside the string; <paramref name="stop"/> at a paragraph end.</summary>
    private bool Skip(int cp, ref int breaks, bool html, out bool stop)
    {
        stop = false;
        if (cp == '\n')
        {
            breaks++;
            if (html || breaks > 1)
            {
                stop = true;
                return false;
            }
        }

        int f = _folding!.Fold(cp);
        if (_folding.IsIgnorable(cp, f))
        {
            return true;
        }

        if (cp == '\n')
        {
            stop = true; // a line break that is not skipped (exact rules): it cannot be part of the string
        }

        return false;
    }
}
