using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContentReview.Service.Hosting;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Api;

/// <summary>The handlers of the JSON API. Thin: parse, take the reviewer snapshot once, call the library, shape.</summary>
internal static partial class ApiEndpoints
{
    public static async Task<IResult> ReviewAsync(
        HttpContext http,
        IReviewerProvider provider,
        ReviewMetrics metrics,
        IOptions<JsonApiOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(ReviewLogCategory);
        var limits = options.Value;
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            return ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the request as JSON with 'Content-Type: application/json'.");
        }

        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return TooLarge(request.ContentLength.Value, limits.MaxRequestBytes);
        }

        byte[]? body = await ReadBodyAsync(request, limits.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge(null, limits.MaxRequestBytes);
        }

        ParseOutcome outcome;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            outcome = ReviewRequestParser.Parse(document.RootElement, limits.MaxTextLength);
        }
        catch (JsonException ex)
        {
            return ApiProblems.Field("body",
                $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).");
        }

        if (outcome.Request is not { } parsed)
        {
            return ApiProblems.Validation(outcome.Errors,
                outcome.TextTooLong ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        // One snapshot for the whole call: the categories are checked against, and the review runs on, the same
        // lexicon version even if a reload swaps another one in meanwhile.
        var snapshot = provider.Current;
        if (parsed.Categories is { } categories)
        {
            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            for (int i = 0; i < categories.Count; i++)
            {
                if (!snapshot.IsKnownCategory(categories[i]))
                {
                    errors[$"options.categories[{i}]"] =
                    [
                        $"Unknown category '{categories[i]}'. Known categories: {string.Join(", ", snapshot.Categories)}.",
                    ];
                }
            }

            if (errors.Count > 0)
            {
                return ApiProblems.Validation(errors);
            }
        }

        var reviewOptions = new ReviewOptions
        {
            ContentType = parsed.ContentType,
            Categories = parsed.Categories is { Count: > 0 } ? parsed.Categories : null,
            MinimumSeverity = parsed.MinimumSeverity,
            MaxInputLength = limits.MaxTextLength,
        };

        using var scope = parsed.RequestId.Length > 0
            ? logger.BeginScope(new LogScope("ClientRequestId", parsed.RequestId))
            : null;
        long started = Stopwatch.GetTimestamp();
        var result = snapshot.Reviewer.Review(parsed.Text, reviewOptions);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.RecordFindings(result.Findings);
        LogReviewed(logger, parsed.Text.Length, result.Findings.Count, result.LexiconVersion, elapsed.TotalMilliseconds);

        var spans = OffsetUnits.Convert(parsed.Text, result.Findings, parsed.OffsetUnit);
        var findings = new FindingDto[result.Findings.Count];
        for (int i = 0; i < findings.Length; i++)
        {
            var f = result.Findings[i];
            findings[i] = new FindingDto(spans[i].Start, spans[i].Length, f.Text, f.RuleId, f.Category,
                ApiNames.Severity(f.Severity), f.Message, f.Suggestions, f.Source);
        }

        return Results.Json(
            new ReviewResponseDto(parsed.RequestId, findings, result.LexiconVersion,
                (long)elapsed.TotalMicroseconds, Math.Round(elapsed.TotalMilliseconds, 3), ApiNames.OffsetUnit(parsed.OffsetUnit)),
            JsonApiExtensions.JsonOptions);
    }

    public static IResult GetLexicon(IReviewerProvider provider)
    {
        var snapshot = provider.Current;
        var lexicon = snapshot.Reviewer.Lexicon;
        return Results.Json(
            new LexiconInfoDto(snapshot.Version, lexicon.Rules.Count, lexicon.RuleCountsByCategory, snapshot.Categories,
                snapshot.Generation, snapshot.LoadedAt),
            JsonApiExtensions.JsonOptions);
    }

    public static IResult ListRules(HttpContext http, IReviewerProvider provider, IOptions<JsonApiOptions> options)
    {
        var limits = options.Value;
        var query = http.Request.Query;
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int page = ParsePositive(query["page"], 1, int.MaxValue, "page", errors);
        int pageSize = ParsePositive(query["pageSize"], limits.DefaultRulesPageSize, limits.MaxRulesPageSize, "pageSize", errors);
        string? category = query["category"];
        var snapshot = provider.Current;
        if (!string.IsNullOrEmpty(category) && !snapshot.IsKnownCategory(category))
        {
            errors["category"] = [$"Unknown category '{category}'. Known categories: {string.Join(", ", snapshot.Categories)}."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var rules = snapshot.Reviewer.Lexicon.Rules;
        var matching = string.IsNullOrEmpty(category)
            ? rules
            : rules.Where(r => string.Equals(r.Category, category, StringComparison.Ordinal)).ToList();
        int totalPages = (matching.Count + pageSize - 1) / pageSize;
        var items = matching.Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize)
            .Select(r => new RuleDto(r.Id, r.Category, ApiNames.Severity(r.Severity), r.Patterns, r.Suggestions,
                r.Message, r.Source, Path.GetFileName(r.File)))
            .ToArray();
        return Results.Json(new RulesPageDto(items, page, pageSize, matching.Count, totalPages, snapshot.Version),
            JsonApiExtensions.JsonOptions);
    }

    public static async Task<IResult> ReloadAsync(
        IReviewerProvider provider, IOptions<ContentReviewServiceOptions> options, HttpContext http)
    {
        string previous = provider.Current.Version;
        var result = await provider.ReloadAsync(http.RequestAborted).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return ApiProblems.Status(StatusCodes.Status422UnprocessableEntity, "Lexicon refused",
                result.Error ?? "The new lexicon could not be built.",
                new Dictionary<string, object?> { ["lexiconVersion"] = result.Version });
        }

        return Results.Json(
            new ReloadResponseDto(previous, result.Version, provider.Current.Generation, options.Value.EffectiveInstanceName,
                InstanceInfo.LocalAddress(http.Connection)),
            JsonApiExtensions.JsonOptions);
    }

    public static IResult Health(IReviewerProvider provider, IHostApplicationLifetime lifetime)
    {
        if (provider is ReviewerProvider { IsInitialized: false })
        {
            return Results.Json(new HealthDto("starting", null, null, null, null, null), JsonApiExtensions.JsonOptions,
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var snapshot = provider.Current;
        var failure = (provider as ReviewerProvider)?.LastFailure;
        bool stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        // While draining, load balancers should stop sending new calls: 503, but the details stay.
        return Results.Json(
            new HealthDto(stopping ? "stopping" : "healthy", snapshot.Version, snapshot.Generation, snapshot.LoadedAt,
                failure?.Error, failure?.At),
            JsonApiExtensions.JsonOptions,
            statusCode: stopping ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }

    public static IResult Metrics(PrometheusExporter exporter) =>
        Results.Text(exporter.Scrape(), PrometheusExporter.ContentType);

    private static IResult TooLarge(long? length, int limit) => ApiProblems.Field("body",
        length is { } l
            ? $"The body is {l:N0} bytes; the limit is {limit:N0} bytes."
            : $"The body is over the limit of {limit:N0} bytes.",
        StatusCodes.Status413PayloadTooLarge);

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        string mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
               mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the body, or returns <c>null</c> as soon as it exceeds <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        // Counted here rather than only through Kestrel's MaxRequestBodySize so chunked bodies and in-memory test
        // servers get the same answer.
        using var buffer = new MemoryStream(request.ContentLength is { } n and > 0 ? (int)Math.Min(n, limit) : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static int ParsePositive(string? raw, int defaultValue, int max, string field, Dictionary<string, List<string>> errors)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return defaultValue;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1 || value > max)
        {
            errors[field] = [$"'{field}' must be a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)}."];
            return defaultValue;
        }

        return value;
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Debug,
        Message = "Reviewed {Length} characters: {FindingCount} findings on lexicon {Version} in {ElapsedMs:F2} ms")]
    private static partial void LogReviewed(ILogger logger, int length, int findingCount, string version, double elapsedMs);

    /// <summary>The logger category of review calls.</summary>
    internal const string ReviewLogCategory = "ContentReview.Service.Api.Review";
}
