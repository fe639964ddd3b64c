using System.Globalization;
using System.Text;

namespace ContentReview.Cli.Output;

/// <summary>
/// Turns UTF-16 offsets into 1-based line and column numbers and cuts a one-line context around a span. Lines end at
/// \n (a preceding \r belongs to the line break); columns count Unicode code points, so a CJK character or an emoji is
/// one column, which is what editors that jump to file:line:col expect.
/// </summary>
internal sealed class TextLocator
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public TextLocator(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> (clamped into the text).</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = CountCodePoints(_text.AsSpan(_lineStarts[line], offset - _lineStarts[line])) + 1;
        return (line + 1, column);
    }

    /// <summary>
    /// The line holding <paramref name="start"/>, cut to at most <paramref name="radius"/> code points either side of
    /// the span, with control characters shown as spaces. The span is clipped to the end of its first line.
    /// </summary>
    public ContextLine Context(int start, int length, int radius = 30)
    {
        start = Math.Clamp(start, 0, _text.Length);
        var end = Math.Clamp(start + Math.Max(length, 0), start, _text.Length);
        var (line, _) = Locate(start);
        var lineStart = _lineStarts[line - 1];
        var lineEnd = line < _lineStarts.Count ? _lineStarts[line] - 1 : _text.Length;
        if (lineEnd > lineStart && lineEnd <= _text.Length && lineEnd > 0 && _text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        end = Math.Min(end, Math.Max(lineEnd, start));
        var from = StepBack(start, lineStart, radius);
        var to = StepForward(end, lineEnd, radius);
        return new ContextLine(
            (from > lineStart ? "…" : "") + Clean(_text[from..start]),
            Clean(_text[start..end]),
            Clean(_text[end..to]) + (to < lineEnd ? "…" : ""));
    }

    private int StepBack(int position, int limit, int codePoints)
    {
        while (position > limit && codePoints-- > 0)
        {
            position--;
            if (position > limit && char.IsLowSurrogate(_text[position]) && char.IsHighSurrogate(_text[position - 1]))
            {
                position--;
            }
        }

        return position;
    }

    private int StepForward(int position, int limit, int codePoints)
    {
        while (position < limit && codePoints-- > 0)
        {
            position++;
            if (position < limit && char.IsLowSurrogate(_text[position]) && char.IsHighSurrogate(_text[position - 1]))
            {
                position++;
            }
        }

        return position;
    }

    private static int CountCodePoints(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (!(char.IsLowSurrogate(span[i]) && i > 0 && char.IsHighSurrogate(span[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static string Clean(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// How many terminal cells <paramref name="s"/> takes: East Asian wide and full-width characters take two,
    /// combining marks and format characters none. Used to put the ^^^ marker under the span.
    /// </summary>
    public static int DisplayWidth(string s)
    {
        var width = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
}

/// <summary>A span in its line: the text before it, the span itself, the text after it.</summary>
internal readonly record struct ContextLine(string Before, string Span, string After);
