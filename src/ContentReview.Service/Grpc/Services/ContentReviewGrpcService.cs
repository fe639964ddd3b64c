using System.Diagnostics;
using System.Text;
using ContentReview.Service.Grpc.Transport;
using ContentReview.Service.Grpc.Validation;
using ContentReview.Service.Hosting;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Grpc.Services;

/// <summary>
/// contentreview.v1.ContentReviewService. Thin: validates, takes the reviewer in service once per call (so a call
/// finishes on the lexicon version it started with, even across a hot reload), delegates to it, and maps the result.
/// </summary>
internal sealed class ContentReviewGrpcService(
    IReviewerProvider reviewers,
    ReviewRequestValidator reviewValidator,
    ListRulesRequestValidator listRulesValidator,
    IOptions<GrpcTransportOptions> options,
    IOptions<ContentReviewServiceOptions> serviceOptions,
    ReviewMetrics? metrics = null)
{
    public const string ServiceName = "contentreview.v1.ContentReviewService";
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    private readonly int _maxTextLength = options.Value.MaxTextLength;
    private readonly string _instanceName = serviceOptions.Value.EffectiveInstanceName;

    // The options of a request that sets none (the usual call), one per content type: ReviewOptions is immutable.
    private readonly ReviewOptions _plainTextDefaults = new() { MaxInputLength = options.Value.MaxTextLength };
    private readonly ReviewOptions _htmlDefaults = new() { ContentType = ContentType.Html, MaxInputLength = options.Value.MaxTextLength };

    public ValueTask<V1.ReviewResponse> ReviewAsync(V1.ReviewRequest request, GrpcServerCall call)
    {
        var snapshot = reviewers.Current;
        reviewValidator.ValidateOrThrow(request, snapshot);
        return ValueTask.FromResult(Review(request, snapshot));
    }

    public async Task ReviewBatchAsync(GrpcServerCall call)
    {
        var snapshot = reviewers.Current;
        await foreach (var request in call.ReadAllAsync(V1.ReviewRequest.Parser).ConfigureAwait(false))
        {
            await ReviewBatchItemAsync(request, snapshot, call).ConfigureAwait(false);
        }
    }

    public async Task ReviewBatchServerStreamAsync(V1.ReviewBatchRequest batch, GrpcServerCall call)
    {
        if (batch.Requests.Count == 0)
        {
            throw GrpcErrors.InvalidArgument("requests", "must contain at least one request");
        }

        var snapshot = reviewers.Current;
        foreach (var request in batch.Requests)
        {
            await ReviewBatchItemAsync(request, snapshot, call).ConfigureAwait(false);
        }
    }

    public ValueTask<V1.GetLexiconInfoResponse> GetLexiconInfoAsync(V1.GetLexiconInfoRequest request, GrpcServerCall call)
    {
        var snapshot = reviewers.Current;
        var lexicon = snapshot.Reviewer.Lexicon;
        var response = new V1.GetLexiconInfoResponse
        {
            Version = snapshot.Version,
            RuleCount = lexicon.Rules.Count,
        };
        foreach (var (category, count) in lexicon.RuleCountsByCategory)
        {
            response.RuleCountsByCategory[category] = count;
        }

        response.Categories.AddRange(snapshot.Categories);
        return ValueTask.FromResult(response);
    }

    public ValueTask<V1.ListRulesResponse> ListRulesAsync(V1.ListRulesRequest request, GrpcServerCall call)
    {
        var snapshot = reviewers.Current;
        listRulesValidator.ValidateOrThrow(request, snapshot);
        int offset = 0;
        if (request.PageToken.Length > 0)
        {
            var token = PageToken.Decode(request.PageToken)
                ?? throw GrpcErrors.InvalidArgument("page_token", "is not a token this server issued");
            if (token.Version != snapshot.Version)
            {
                throw GrpcErrors.InvalidArgument(
                    "page_token",
                    $"belongs to lexicon version '{token.Version}' but version '{snapshot.Version}' is in service now; list again from the first page");
            }

            if (token.Category != request.Category)
            {
                throw GrpcErrors.InvalidArgument("page_token", $"was issued for category '{token.Category}', not '{request.Category}'");
            }

            offset = token.Offset;
        }

        IEnumerable<Lexicons.RuleInfo> rules = snapshot.Reviewer.Lexicon.Rules;
        if (request.Category.Length > 0)
        {
            rules = rules.Where(r => r.Category == request.Category);
        }

        var matching = rules as IReadOnlyList<Lexicons.RuleInfo> ?? rules.ToList();
        int pageSize = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize);
        if (offset > matching.Count)
        {
            throw GrpcErrors.InvalidArgument("page_token", "points past the last rule");
        }

        var response = new V1.ListRulesResponse { TotalSize = matching.Count, LexiconVersion = snapshot.Version };
        int end = Math.Min(matching.Count, offset + pageSize);
        for (int i = offset; i < end; i++)
        {
            var rule = matching[i];
            var proto = new V1.Rule
            {
                Id = rule.Id,
                Category = rule.Category,
                Severity = ProtoMapping.ToProto(rule.Severity),
                Message = rule.Message,
                Source = rule.Source,
                File = rule.File,
            };
            proto.Patterns.AddRange(rule.Patterns);
            proto.Suggestions.AddRange(rule.Suggestions);
            response.Rules.Add(proto);
        }

        if (end < matching.Count)
        {
            response.NextPageToken = new PageToken(snapshot.Version, request.Category, end).Encode();
        }

        return ValueTask.FromResult(response);
    }

    public async ValueTask<V1.ReloadLexiconResponse> ReloadLexiconAsync(V1.ReloadLexiconRequest request, GrpcServerCall call)
    {
        string previous = reviewers.Current.Version;
        var result = await reviewers.ReloadAsync(call.CancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new GrpcStatusException(
                GrpcStatusCode.FailedPrecondition,
                $"lexicon reload refused: {result.Error}; version '{result.Version}' keeps serving",
                [GrpcErrors.Info("LEXICON_REFUSED", ("version", result.Version))]);
        }

        // Say who answered: behind a proxy a reload reaches only the instance the proxy picked.
        var connection = call.HttpContext.Connection;
        return new V1.ReloadLexiconResponse
        {
            PreviousVersion = previous,
            LexiconVersion = result.Version,
            Instance = _instanceName,
            LocalAddress = InstanceInfo.LocalAddress(connection),
            Generation = reviewers.Current.Generation,
        };
    }

    private async ValueTask ReviewBatchItemAsync(V1.ReviewRequest request, ReviewerSnapshot snapshot, GrpcServerCall call)
    {
        call.ConsumeRateLimitPermit();
        call.ThrowIfDeadlineExceeded();
        V1.ReviewResponse response;
        var violations = reviewValidator.Check(request, snapshot);
        if (violations.Count > 0)
        {
            response = new V1.ReviewResponse
            {
                RequestId = request.RequestId,
                Error = GrpcErrors.InvalidArgument(violations).ToRpcStatus(),
            };
        }
        else
        {
            response = Review(request, snapshot);
        }

        await call.WriteMessageAsync(response).ConfigureAwait(false);
    }

    private V1.ReviewResponse Review(V1.ReviewRequest request, ReviewerSnapshot snapshot)
    {
        var contentType = ProtoMapping.FromProto(request.ContentType);
        var minimumSeverity = ProtoMapping.FromProto(request.Options?.MinimumSeverity ?? V1.Severity.Unspecified);
        var options = request.Options is { Categories.Count: > 0 } || minimumSeverity != Severity.Info
            ? new ReviewOptions
            {
                ContentType = contentType,
                Categories = request.Options is { Categories.Count: > 0 } o ? o.Categories.ToArray() : null,
                MinimumSeverity = minimumSeverity,
                MaxInputLength = _maxTextLength,
            }
            : contentType == ContentType.Html ? _htmlDefaults : _plainTextDefaults;

        long started = Stopwatch.GetTimestamp();
        ReviewResult result;
        try
        {
            result = snapshot.Reviewer.Review(request.Text, options);
        }
        catch (ArgumentException ex)
        {
            // The validator checks the same limits; this keeps a library-side refusal an INVALID_ARGUMENT too.
            throw GrpcErrors.InvalidArgument("text", ex.Message);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics?.RecordFindings(result.Findings);
        var unit = SpanUnitConverter.Resolve(request.OffsetUnit);
        var response = new V1.ReviewResponse
        {
            RequestId = request.RequestId,
            LexiconVersion = string.IsNullOrEmpty(result.LexiconVersion) ? snapshot.Version : result.LexiconVersion,
            ReviewTimeMicros = (long)elapsed.TotalMicroseconds,
            OffsetUnit = unit,
        };
        SpanUnitConverter.AddFindings(request.Text, result.Findings, unit, response.Findings);
        return response;
    }

    /// <summary>
    /// An opaque page token: base64url of "v1", the lexicon version, the category and the offset, separated by
    /// NUL characters. Tied to the version and the filter so a changed lexicon is noticed rather than skipping rules.
    /// </summary>
    internal sealed record PageToken(string Version, string Category, int Offset)
    {
        private const char Separator = '\0';

        public string Encode() =>
            Base64Url(Encoding.UTF8.GetBytes(string.Join(Separator, "v1", Version, Category, Offset.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        public static PageToken? Decode(string token)
        {
            try
            {
                string padded = token.Replace('-', '+').Replace('_', '/');
                padded += new string('=', (4 - (padded.Length % 4)) % 4);
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(Separator);
                return parts.Length == 4 && parts[0] == "v1"
                       && int.TryParse(parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int offset)
                    ? new PageToken(parts[1], parts[2], offset)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        private static string Base64Url(byte[] bytes) =>
            Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
