using System.Text.Json;
using ContentReview.Cli.Output;

namespace ContentReview.Cli.Reviewing;

/// <summary>What a batch run saw.</summary>
internal sealed class BatchSummary
{
    public int Lines { get; set; }

    public int Reviewed { get; set; }

    public int BadLines { get; set; }

    public int Findings { get; set; }

    /// <summary>The most serious finding, or null when there was none.</summary>
    public Severity? MaxSeverity { get; set; }
}

/// <summary>
/// <c>review --input jsonl</c>: every input line <c>{"id": …, "text": …, "contentType"?: "html"|"text"}</c> gives one
/// output line <c>{"id": …, "findings": […]}</c>, in input order, written and flushed as soon as it is reviewed, so a
/// batch of any size streams through in constant memory and a caller can pipe texts in one at a time.
/// A malformed line gives <c>{"id": id-or-null, "line": N, "error": "…"}</c> on stdout and <c>NAME:N: …</c> on
/// stderr, and the batch goes on; the caller turns <see cref="BatchSummary.BadLines"/> into exit code 2. Blank lines
/// are not records and produce nothing (but still count for line numbers). Other properties on a line are ignored,
/// so a review-case file can be fed in directly.
/// </summary>
internal sealed class JsonlBatch(ITextReviewer reviewer, ReviewOptions options, TextWriter output, TextWriter error)
{
    public BatchSummary Run(TextReader input, string inputName, Action<BatchSummary>? progress = null)
    {
        var summary = new BatchSummary();
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            summary.Lines++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            output.WriteLine(ReviewLine(line, summary.Lines, inputName, summary));
            output.Flush();
            progress?.Invoke(summary);
        }

        return summary;
    }

    private string ReviewLine(string line, int lineNumber, string inputName, BatchSummary summary)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Bad(summary, lineNumber, inputName, null, $"invalid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Bad(summary, lineNumber, inputName, null, $"expected a JSON object, got {Describe(root.ValueKind)}");
            }

            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    id = idElement;
                }
                else
                {
                    return Bad(summary, lineNumber, inputName, null, $"\"id\" must be a string or a number, got {Describe(idElement.ValueKind)}");
                }
            }
            else
            {
                return Bad(summary, lineNumber, inputName, null, "missing \"id\"");
            }

            if (!root.TryGetProperty("text", out var textElement))
            {
                return Bad(summary, lineNumber, inputName, id, "missing \"text\"");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return Bad(summary, lineNumber, inputName, id, $"\"text\" must be a string, got {Describe(textElement.ValueKind)}");
            }

            var lineOptions = options;
            if (root.TryGetProperty("contentType", out var typeElement))
            {
                var type = typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
                ContentType? contentType = type?.ToLowerInvariant() switch
                {
                    "html" or "text/html" => ContentType.Html,
                    "text" or "plain" or "plaintext" or "text/plain" => ContentType.PlainText,
                    _ => null,
                };
                if (contentType is null)
                {
                    return Bad(summary, lineNumber, inputName, id, $"\"contentType\" must be \"html\" or \"text\", got {typeElement.GetRawText()}");
                }

                lineOptions = WithContentType(options, contentType.Value);
            }

            var text = textElement.GetString()!;
            ReviewResult result;
            try
            {
                result = reviewer.Review(text, lineOptions);
            }
            catch (ArgumentException e)
            {
                // The reviewer's only argument error for a non-null string: the text is over the length limit.
                return Bad(summary, lineNumber, inputName, id, e.Message);
            }

            summary.Reviewed++;
            summary.Findings += result.Findings.Count;
            foreach (var finding in result.Findings)
            {
                if (summary.MaxSeverity is null || finding.Severity > summary.MaxSeverity)
                {
                    summary.MaxSeverity = finding.Severity;
                }
            }

            var idCopy = id.Value;
            return FindingJson.ToJson(writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                idCopy.WriteTo(writer);
                FindingJson.WriteFindings(writer, result.Findings, locator: null);
                writer.WriteEndObject();
            });
        }
    }

    private string Bad(BatchSummary summary, int lineNumber, string inputName, JsonElement? id, string message)
    {
        summary.BadLines++;
        error.WriteLine($"{inputName}:{lineNumber}: error: {message}");
        return FindingJson.ToJson(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteNumber("line", lineNumber);
            writer.WriteString("error", message);
            writer.WriteEndObject();
        });
    }

    internal static ReviewOptions WithContentType(ReviewOptions options, ContentType contentType) =>
        options.ContentType == contentType
            ? options
            : new ReviewOptions
            {
                ContentType = contentType,
                Categories = options.Categories,
                MinimumSeverity = options.MinimumSeverity,
                MaxInputLength = options.MaxInputLength,
            };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
