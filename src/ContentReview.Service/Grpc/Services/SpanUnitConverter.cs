using Google.Protobuf.Collections;
using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Grpc.Services;

/// <summary>
/// Converts finding spans from UTF-16 code units (the library's unit) to the unit a client asked for: UTF-8 bytes or
/// Unicode code points. A surrogate pair is one code point and four UTF-8 bytes; a lone surrogate (which the protobuf
/// encoder sends as U+FFFD) is one code point and three bytes. A span boundary that falls inside a surrogate pair is
/// widened to the whole character, so converted spans never cut one in half.
/// </summary>
/// <remarks>
/// Findings arrive sorted by start, so the converter walks the text once with a cursor for the starts and counts each
/// span's own characters for the lengths: O(text + total span length) per review instead of O(text × findings).
/// </remarks>
internal static class SpanUnitConverter
{
    /// <summary>Resolves UNSPECIFIED to UTF-16.</summary>
    public static V1.OffsetUnit Resolve(V1.OffsetUnit unit) =>
        unit == V1.OffsetUnit.Unspecified ? V1.OffsetUnit.Utf16 : unit;

    /// <summary>Adds the findings to <paramref name="output"/> with spans converted to <paramref name="unit"/>.</summary>
    public static void AddFindings(string text, IReadOnlyList<Finding> findings, V1.OffsetUnit unit, RepeatedField<V1.Finding> output)
    {
        unit = Resolve(unit);
        int cursor16 = 0;
        int cursorUnits = 0;
        foreach (var finding in findings)
        {
            int start = finding.Start;
            int end = finding.End;
            if (start < 0 || end > text.Length || start > end)
            {
                throw new InvalidOperationException(
                    $"finding {finding.RuleId} has span [{start}, {end}) outside the text (length {text.Length})");
            }

            int convertedStart;
            int convertedLength;
            if (unit == V1.OffsetUnit.Utf16)
            {
                convertedStart = start;
                convertedLength = finding.Length;
            }
            else
            {
                // Widen a boundary that splits a surrogate pair.
                if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
                {
                    start--;
                }

                if (end > 0 && end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
                {
                    end++;
                }

                if (start < cursor16)
                {
                    // Not sorted by start (defensive): walk again from the beginning.
                    cursor16 = 0;
                    cursorUnits = 0;
                }

                cursorUnits += Count(text.AsSpan(cursor16, start - cursor16), unit);
                cursor16 = start;
                convertedStart = cursorUnits;
                convertedLength = Count(text.AsSpan(start, end - start), unit);
            }

            var converted = new V1.Finding
            {
                Start = convertedStart,
                Length = convertedLength,
                Text = finding.Text,
                RuleId = finding.RuleId,
                Category = finding.Category,
                Severity = ProtoMapping.ToProto(finding.Severity),
                Message = finding.Message,
                Source = finding.Source,
            };
            converted.Suggestions.AddRange(finding.Suggestions);
            output.Add(converted);
        }
    }

    /// <summary>Counts <paramref name="text"/> in <paramref name="unit"/>; the slice must not split a surrogate pair.</summary>
    public static int Count(ReadOnlySpan<char> text, V1.OffsetUnit unit)
    {
        switch (Resolve(unit))
        {
            case V1.OffsetUnit.Utf16:
                return text.Length;
            case V1.OffsetUnit.CodePoint:
            {
                int count = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        i++;
                    }

                    count++;
                }

                return count;
            }

            case V1.OffsetUnit.Utf8:
            {
                int count = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    char c = text[i];
                    if (c < 0x80)
                    {
                        count += 1;
                    }
                    else if (c < 0x800)
                    {
                        count += 2;
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        count += 4;
                        i++;
                    }
                    else
                    {
                        // Other BMP characters, and lone surrogates (encoded as U+FFFD, 3 bytes).
                        count += 3;
                    }
                }

                return count;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown offset unit");
        }
    }
}
