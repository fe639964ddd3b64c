using System.Diagnostics;
using ContentReview.Service.Hosting;
using ContentReview.Service.Security;

namespace ContentReview.Service.Api;

/// <summary>What an API endpoint is, for the gate: the proto method it mirrors and the role it needs.</summary>
/// <param name="Method">The proto method name, used as the <c>method</c> tag of the metrics.</param>
/// <param name="Role">The role a key needs when keys are configured.</param>
internal sealed record ApiCallMetadata(string Method, ApiRole Role);

/// <summary>
/// Runs around every <c>/api</c> endpoint: API-key check (401/403), the per-key rate limit (429, as gRPC's
/// RESOURCE_EXHAUSTED: every unary call takes one permit), then the endpoint; unexpected exceptions become a 500
/// problem (logged, never the exception text); the call is counted and timed in <see cref="ReviewMetrics"/>.
/// </summary>
internal sealed partial class ApiCallFilter(
    IApiKeyAuthenticator authenticator,
    ApiKeyRateLimiter rateLimiter,
    ReviewMetrics metrics,
    ILogger<ApiCallFilter> logger) : IEndpointFilter
{
    /// <summary>The header that carries an API key (gRPC metadata uses the same name).</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var call = http.GetEndpoint()?.Metadata.GetMetadata<ApiCallMetadata>();
        if (call is null)
        {
            return await next(context).ConfigureAwait(false);
        }

        long started = Stopwatch.GetTimestamp();
        object? result = null;
        string status = "500";
        try
        {
            result = Authenticate(http, call, out string? keyId) ?? Limit(http, keyId)
                ?? await next(context).ConfigureAwait(false);
            status = StatusOf(result);
            return result;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            status = "499"; // nginx's "client closed request": nobody is left to answer
            throw;
        }
        catch (BadHttpRequestException ex)
        {
            result = ApiProblems.Status(ex.StatusCode, "Bad request", ex.Message);
            status = ex.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return result;
        }
        catch (Exception ex)
        {
            LogUnhandled(ex, call.Method);
            return ApiProblems.Status(StatusCodes.Status500InternalServerError, "Internal error",
                $"The server failed to process the call; the error is logged with request id {http.TraceIdentifier}.");
        }
        finally
        {
            metrics.RecordCall(call.Method, ReviewMetrics.HttpTransport, status, Stopwatch.GetElapsedTime(started));
        }
    }

    private static string StatusOf(object? result) => result is IStatusCodeHttpResult { StatusCode: { } code }
        ? code.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "200";

    private IResult? Limit(HttpContext http, string? keyId)
    {
        if (rateLimiter.TryAcquire(ApiKeyRateLimiter.PartitionKey(keyId, http), out var retryAfter))
        {
            return null;
        }

        int seconds = retryAfter is { } delay ? Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)) : 1;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiProblems.Status(StatusCodes.Status429TooManyRequests, "Too many requests",
            $"The rate limit of this {(keyId is null ? "client" : "API key")} is reached; retry after {seconds} s.");
    }

    private IResult? Authenticate(HttpContext http, ApiCallMetadata call, out string? keyId)
    {
        keyId = null;
        if (!authenticator.Enabled)
        {
            return null;
        }

        var outcome = authenticator.Authenticate(ApiKeyHeaders.Read(http.Request.Headers), call.Role, out keyId);
        switch (outcome)
        {
            case AuthOutcome.Allowed:
                return null;
            case AuthOutcome.PermissionDenied:
                LogDenied(call.Method, keyId ?? "?");
                return ApiProblems.Status(StatusCodes.Status403Forbidden, "Permission denied",
                    call.Role == ApiRole.Admin
                        ? "This call needs an API key with the admin role."
                        : "This API key may not make this call.");
            default:
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return ApiProblems.Status(StatusCodes.Status401Unauthorized, "API key required",
                    $"Send a valid API key in the {ApiKeyHeader} header or as 'Authorization: Bearer <key>'.");
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Unhandled error in JSON API call {Method}")]
    private partial void LogUnhandled(Exception exception, string method);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Permission denied for key {KeyId} on {Method}")]
    private partial void LogDenied(string method, string keyId);
}
