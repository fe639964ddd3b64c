namespace ContentReview.Service.Hosting;

/// <summary>The unit in which a caller wants finding spans.</summary>
public enum OffsetUnit
{
    /// <summary>UTF-16 code units (.NET, Java, JavaScript strings): the library's native unit.</summary>
    Utf16 = 0,

    /// <summary>UTF-8 bytes (Go strings, byte buffers).</summary>
    Utf8 = 1,

    /// <summary>Unicode code points (Python <c>str</c>).</summary>
    CodePoint = 2,
}

/// <summary>Converts UTF-16 spans on a text into another <see cref="OffsetUnit"/>; shared by every transport.</summary>
public static class OffsetUnits
{
    /// <summary>
    /// Converts the spans of <paramref name="findings"/> on <paramref name="text"/> into <paramref name="unit"/>, in
    /// one pass over the text whatever the number of findings.
    /// </summary>
    /// <param name="text">The text the spans refer to (the original input, HTML included).</param>
    /// <param name="findings">The findings, spans in UTF-16 code units.</param>
    /// <param name="unit">The wanted unit.</param>
    /// <returns>One (start, length) pair per finding, in the order of <paramref name="findings"/>.</returns>
    /// <remarks>
    /// A surrogate pair is one code point and four UTF-8 bytes; a lone surrogate counts as U+FFFD (one code point,
    /// three bytes), as UTF-8 encoders write it. A span edge inside a surrogate pair (which the library never
    /// produces) maps to the start of that code point.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A span lies outside <paramref name="text"/>.</exception>
    public static (int Start, int Length)[] Convert(string text, IReadOnlyList<Finding> findings, OffsetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var result = new (int Start, int Length)[findings.Count];
        if (unit == OffsetUnit.Utf16)
        {
            for (int i = 0; i < findings.Count; i++)
            {
                Check(text, findings[i]);
                result[i] = (findings[i].Start, findings[i].Length);
            }

            return result;
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown offset unit.");
        }

        // Every span edge, sorted, then one walk over the text that converts them in order.
        var edges = new int[findings.Count * 2];
        for (int i = 0; i < findings.Count; i++)
        {
            Check(text, findings[i]);
            edges[2 * i] = findings[i].Start;
            edges[(2 * i) + 1] = findings[i].End;
        }

        // Sorted in place; a repeated edge converts to the same count, so duplicates need no removal.
        Array.Sort(edges);
        var converted = new int[edges.Length];
        int position = 0, count = 0;
        for (int e = 0; e < edges.Length; e++)
        {
            int edge = edges[e];
            while (position < edge)
            {
                char c = text[position];
                if (char.IsHighSurrogate(c) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]))
                {
                    if (position + 1 == edge)
                    {
                        break; // an edge inside a pair maps to the pair's start
                    }

                    count += unit == OffsetUnit.Utf8 ? 4 : 1;
                    position += 2;
                    continue;
                }

                count += unit == OffsetUnit.CodePoint ? 1 : c switch
                {
                    < '\u0080' => 1,
                    < '\u0800' => 2,
                    _ => 3, // BMP characters and lone surrogates (written as U+FFFD)
                };
                position++;
            }

            converted[e] = count;
        }

        for (int i = 0; i < findings.Count; i++)
        {
            int start = converted[Array.BinarySearch(edges, findings[i].Start)];
            result[i] = (start, converted[Array.BinarySearch(edges, findings[i].End)] - start);
        }

        return result;
    }

    private static void Check(string text, Finding finding)
    {
        if (finding.Start < 0 || finding.Length < 0 || finding.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(finding),
                $"The span [{finding.Start}, {finding.End}) of rule '{finding.RuleId}' lies outside the text (length {text.Length}).");
        }
    }
}
