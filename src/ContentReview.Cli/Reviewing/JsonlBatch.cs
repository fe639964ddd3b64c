using System.Text.Json;
using System.Threading.Channels;
using ContentReview.Cli.Output;

namespace ContentReview.Cli.Reviewing;

/// <summary>What a batch run saw.</summary>
internal sealed class BatchSummary
{
    public int Lines { get; set; }

    public int Reviewed { get; set; }

    public int BadLines { get; set; }

    /// <summary>Lines whose review failed with an unexpected exception (a bug; exit code 3).</summary>
    public int InternalErrors { get; set; }

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
    /// <summary>What reviewing one line gave: the output line, and the error (also on stderr) if it was bad.</summary>
    private sealed record Outcome(string Json, string? Error = null, bool Internal = false, int Findings = 0, Severity? MaxSeverity = null);

    /// <summary>Reviews every line of <paramref name="input"/>.</summary>
    /// <param name="input">The JSONL input.</param>
    /// <param name="inputName">The name for error messages (a path or &lt;stdin&gt;).</param>
    /// <param name="parallelism">
    /// How many lines are reviewed at once (the reviewer is thread-safe). Results are still written strictly in input
    /// order, and at most twice this many lines are in flight, so memory stays bounded.
    /// </param>
    /// <param name="onLineRead">Called on the reading thread after each line is read (progress).</param>
    /// <param name="flushEachLine">
    /// Flush the output after every line: needed when a caller pipes texts in one at a time and waits for each answer
    /// (standard input); a file batch is written through the buffer.
    /// </param>
    /// <param name="cancellation">Stops reading new lines.</param>
    public async Task<BatchSummary> RunAsync(
        TextReader input, string inputName, int parallelism = 1, Action? onLineRead = null, bool flushEachLine = true,
        CancellationToken cancellation = default)
    {
        var summary = new BatchSummary();
        if (parallelism <= 1)
        {
            var number = 0;
            while (TryRead(input, out var line, out var undecodable))
            {
                cancellation.ThrowIfCancellationRequested();
                number++;
                onLineRead?.Invoke();
                if (undecodable is not null)
                {
                    Write(Bad(number, null, undecodable), number, inputName, summary, flushEachLine);
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    Write(ReviewLine(line, number), number, inputName, summary, flushEachLine);
                }
            }

            summary.Lines = number;
            return summary;
        }

        var channel = Channel.CreateBounded<(int Number, Task<Outcome> Outcome)>(
            new BoundedChannelOptions(parallelism * 2) { SingleReader = true, SingleWriter = true });
        var lines = 0;

        // Stops the reader when writing fails (a closed pipe), so it does not wait forever on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var token = stop.Token;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    while (TryRead(input, out var line, out var undecodable))
                    {
                        token.ThrowIfCancellationRequested();
                        var number = ++lines;
                        onLineRead?.Invoke();
                        if (undecodable is not null)
                        {
                            await channel.Writer.WriteAsync((number, Task.FromResult(Bad(number, null, undecodable))), token).ConfigureAwait(false);
                        }
                        else if (!string.IsNullOrWhiteSpace(line))
                        {
                            var text = line;
                            await channel.Writer.WriteAsync((number, Task.Run(() => ReviewLine(text, number), CancellationToken.None)), token).ConfigureAwait(false);
                        }
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var (number, outcome) in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                Write(await outcome.ConfigureAwait(false), number, inputName, summary, flushEachLine);
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }

        await producer.ConfigureAwait(false);
        summary.Lines = lines;
        return summary;
    }

    /// <summary>Reads a line; a line that is not valid UTF-8 comes back as <paramref name="undecodable"/>.</summary>
    private static bool TryRead(TextReader input, out string line, out string? undecodable)
    {
        try
        {
            undecodable = null;
            var read = input.ReadLine();
            line = read ?? "";
            return read is not null;
        }
        catch (InvalidLineEncodingException e)
        {
            line = "";
            undecodable = e.Message;
            return true;
        }
    }

    private void Write(Outcome outcome, int number, string inputName, BatchSummary summary, bool flush)
    {
        if (outcome.Error is not null)
        {
            error.WriteLine($"{inputName}:{number}: {(outcome.Internal ? "internal error" : "error")}: {outcome.Error}");
            if (outcome.Internal)
            {
                summary.InternalErrors++;
            }
            else
            {
                summary.BadLines++;
            }
        }
        else
        {
            summary.Reviewed++;
            summary.Findings += outcome.Findings;
            if (outcome.MaxSeverity > summary.MaxSeverity || summary.MaxSeverity is null)
            {
                summary.MaxSeverity = outcome.MaxSeverity ?? summary.MaxSeverity;
            }
        }

        output.WriteLine(outcome.Json);
        if (flush)
        {
            output.Flush();
        }
    }

    private Outcome ReviewLine(string line, int lineNumber)
    {
        try
        {
            return ReviewLineCore(line, lineNumber);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a check must not take the rest of the batch down; the line says so and the exit code is 3.
            return Bad(lineNumber, null, $"{e.GetType().Name}: {e.Message}", isInternal: true);
        }
    }

    private Outcome ReviewLineCore(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Bad(lineNumber, null, $"invalid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Bad(lineNumber, null, $"expected a JSON object, got {Describe(root.ValueKind)}");
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
                    return Bad(lineNumber, null, $"\"id\" must be a string or a number, got {Describe(idElement.ValueKind)}");
                }
            }
            else
            {
                return Bad(lineNumber, null, "missing \"id\"");
            }

            if (!root.TryGetProperty("text", out var textElement))
            {
                return Bad(lineNumber, id, "missing \"text\"");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return Bad(lineNumber, id, $"\"text\" must be a string, got {Describe(textElement.ValueKind)}");
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
                    return Bad(lineNumber, id, $"\"contentType\" must be \"html\" or \"text\", got {typeElement.GetRawText()}");
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
                return Bad(lineNumber, id, e.Message);
            }

            Severity? max = null;
            foreach (var finding in result.Findings)
            {
                if (max is null || finding.Severity > max)
                {
                    max = finding.Severity;
                }
            }

            var idCopy = id.Value;
            return new Outcome(FindingJson.ToJson(writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                idCopy.WriteTo(writer);
                FindingJson.WriteFindings(writer, result.Findings, locator: null);
                writer.WriteEndObject();
            }), Findings: result.Findings.Count, MaxSeverity: max);
        }
    }

    private static Outcome Bad(int lineNumber, JsonElement? id, string message, bool isInternal = false) =>
        new(FindingJson.ToJson(writer =>
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
        }), message, isInternal);

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
