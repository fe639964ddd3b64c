using System.Runtime.CompilerServices;
using ContentReview.Checks.NumberFormat;
using ContentReview.Checks.Privacy;
using ContentReview.Checks.Punctuation;
using ContentReview.Checks.Secret;

namespace ContentReview.Checks;

/// <summary>
/// The built-in structured checks: <see cref="PrivacyCheck"/>, <see cref="SecretCheck"/>,
/// <see cref="NumberFormatCheck"/> and <see cref="PunctuationCheck"/>. They scan the text with hand-written
/// single-pass scanners (no regular expressions), so together they cost a small fraction of a lexicon review.
/// </summary>
public static class StructuredChecks
{
    /// <summary>
    /// Creates one instance of each structured check, in a stable order: privacy, secret, number-format, punctuation.
    /// The instances are immutable and thread-safe; create them once and share them.
    /// </summary>
    /// <returns>The four checks.</returns>
    public static IReadOnlyList<IReviewCheck> CreateAll() =>
    [
        new PrivacyCheck(),
        new SecretCheck(),
        new NumberFormatCheck(),
        new PunctuationCheck(),
    ];
}

/// <summary>Character classes and finding construction shared by the structured checks.</summary>
internal static class CheckText
{
    /// <summary>A CJK ideograph (BMP blocks: Extension A, Unified, Compatibility) or 〇.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') ||
        c == '\u3007';

    /// <summary>Whether the character at <paramref name="index"/> is a Han character (false outside the text).</summary>
    public static bool IsHanAt(string text, int index) => (uint)index < (uint)text.Length && IsHan(text[index]);

    /// <summary>The value of an ASCII or full-width decimal digit, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c)
    {
        if ((uint)(c - '0') <= 9)
        {
            return c - '0';
        }

        if ((uint)(c - '０') <= 9)
        {
            return c - '０';
        }

        return -1;
    }

    /// <summary>An ASCII or full-width decimal digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (uint)(c - '０') <= 9;

    /// <summary>Whether the character at <paramref name="index"/> is a digit (false outside the text).</summary>
    public static bool IsDigitAt(string text, int index) => (uint)index < (uint)text.Length && IsDigit(text[index]);

    /// <summary>An ASCII letter.</summary>
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>An ASCII or full-width letter or digit: something a number or code must not touch.</summary>
    public static bool IsAlphanumeric(char c) =>
        IsDigit(c) || IsAsciiLetter(c) || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');

    /// <summary>Space-like characters that may separate groups of digits or punctuation from text.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\u00A0' or '\u3000' or '\t';

    /// <summary>A line break.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>Whether <paramref name="text"/> contains <paramref name="value"/> in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool ContainsIn(string text, int start, int end, string value)
    {
        start = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        return end - start >= value.Length &&
               text.AsSpan(start, end - start).IndexOf(value.AsSpan(), StringComparison.Ordinal) >= 0;
    }

    /// <summary>The start of the line containing <paramref name="index"/>.</summary>
    public static int LineStart(string text, int index)
    {
        int i = Math.Min(index, text.Length);
        while (i > 0 && !IsLineBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The end (exclusive, before the break) of the line containing <paramref name="index"/>.</summary>
    public static int LineEnd(string text, int index)
    {
        int i = Math.Max(index, 0);
        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Builds a finding on <paramref name="text"/>.</summary>
    public static Finding Create(
        string text, int start, int length, string ruleId, string category, Severity severity, string message,
        string source, IReadOnlyList<string>? suggestions = null)
    {
        System.Diagnostics.Debug.Assert(start >= 0 && length > 0 && start + length <= text.Length, "span inside text");
        return new Finding
        {
            Start = start,
            Length = length,
            Text = text.Substring(start, length),
            RuleId = ruleId,
            Category = category,
            Severity = severity,
            Message = message,
            Source = source,
            Suggestions = suggestions ?? [],
        };
    }
}
