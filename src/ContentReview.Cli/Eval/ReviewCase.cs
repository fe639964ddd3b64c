using System.Text.Json;

namespace ContentReview.Cli.Eval;

/// <summary>One expected problem: the first occurrence of <see cref="Span"/> in the case text must be flagged.</summary>
/// <param name="Span">The problem text.</param>
/// <param name="Suggest">What the span should read after the fix, or null when only flagging is required.</param>
internal sealed record ExpectedSpan(string Span, string? Suggest);

/// <summary>A review case (the format of shared/eval/README.md): <c>{"id","text","expect":[{"span","suggest"?}]}</c>.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Text">The text to review.</param>
/// <param name="Expect">The expected problems; empty for a clean text.</param>
/// <param name="Line">The 1-based line of the case in its file.</param>
/// <param name="ContentType">Plain text unless the case says <c>"contentType": "html"</c>.</param>
internal sealed record ReviewCase(string Id, string Text, IReadOnlyList<ExpectedSpan> Expect, int Line, ContentType ContentType = ContentType.PlainText);

/// <summary>A case line that could not be read, and why.</summary>
internal sealed record CaseError(int Line, string? Id, string Message);

/// <summary>Reads a review-case file line by line, validating every case; a bad line is reported, not skipped silently.</summary>
internal static class ReviewCaseReader
{
    public static IEnumerable<(ReviewCase? Case, CaseError? Error)> Read(TextReader reader)
    {
        var lineNumber = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (reviewCase, error) = Parse(line, lineNumber);
            if (reviewCase is not null && !ids.Add(reviewCase.Id))
            {
                var duplicate = reviewCase.Id;
                (reviewCase, error) = (null, new CaseError(lineNumber, duplicate, $"duplicate id \"{duplicate}\""));
            }

            yield return (reviewCase, error);
        }
    }

    public static (ReviewCase? Case, CaseError? Error) Parse(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, new CaseError(lineNumber, null, $"invalid JSON: {e.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new CaseError(lineNumber, null, "expected a JSON object"));
            }

            string? id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id))
            {
                return (null, new CaseError(lineNumber, null, "missing or empty \"id\" (a string or a number)"));
            }

            CaseError Fail(string message) => new(lineNumber, id, message);
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return (null, Fail("\"text\" must be a string"));
            }

            var text = textElement.GetString()!;
            if (!root.TryGetProperty("expect", out var expectElement) || expectElement.ValueKind != JsonValueKind.Array)
            {
                return (null, Fail("\"expect\" must be an array (empty for a clean text)"));
            }

            var expect = new List<ExpectedSpan>();
            var index = 0;
            foreach (var item in expectElement.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("span", out var spanElement)
                    || spanElement.ValueKind != JsonValueKind.String
                    || string.IsNullOrEmpty(spanElement.GetString()))
                {
                    return (null, Fail($"expect[{index}]: needs a non-empty string \"span\""));
                }

                var span = spanElement.GetString()!;
                if (!text.Contains(span, StringComparison.Ordinal))
                {
                    return (null, Fail($"expect[{index}]: span \"{span}\" does not occur in the text"));
                }

                string? suggest = null;
                if (item.TryGetProperty("suggest", out var suggestElement) && suggestElement.ValueKind != JsonValueKind.Null)
                {
                    if (suggestElement.ValueKind != JsonValueKind.String)
                    {
                        return (null, Fail($"expect[{index}]: \"suggest\" must be a string"));
                    }

                    suggest = suggestElement.GetString();
                }

                expect.Add(new ExpectedSpan(span, suggest));
            }

            var contentType = ContentType.PlainText;
            if (root.TryGetProperty("contentType", out var typeElement))
            {
                if (typeElement.ValueKind == JsonValueKind.String && string.Equals(typeElement.GetString(), "html", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = ContentType.Html;
                }
                else if (!(typeElement.ValueKind == JsonValueKind.String && string.Equals(typeElement.GetString(), "text", StringComparison.OrdinalIgnoreCase)))
                {
                    return (null, Fail("\"contentType\" must be \"html\" or \"text\""));
                }
            }

            return (new ReviewCase(id, text, expect, lineNumber, contentType), null);
        }
    }
}
