using ContentReview.Service.Hosting;
using ContentReview.Service.Security;
using Google.Protobuf;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Grpc.Transport;

/// <summary>The shape of a gRPC method.</summary>
internal enum GrpcMethodType
{
    Unary,
    ServerStreaming,
    DuplexStreaming,
}

/// <summary>
/// A gRPC method: its path, shape, the role a caller needs (<c>null</c>: no key needed, as for health checks), and
/// whether one rate-limit permit is taken per call (unary methods) or the service takes one per message (batches).
/// </summary>
internal sealed record GrpcMethodDescriptor(
    string Service, string Name, GrpcMethodType Type, ApiRole? RequiredRole, bool RateLimitPerCall)
{
    public string Path { get; } = "/" + Service + "/" + Name;
}

/// <summary>What every method handler needs from the host.</summary>
internal sealed class GrpcHandlerServices(
    IOptions<GrpcTransportOptions> options,
    IApiKeyAuthenticator authenticator,
    ApiKeyRateLimiter rateLimiter,
    ILogger<GrpcMethodHandler> logger,
    ReviewMetrics? metrics = null)
{
    /// <summary>The shared call metrics (registered by the hosting layer), or <c>null</c> in a bare host.</summary>
    public ReviewMetrics? Metrics { get; } = metrics;

    public GrpcTransportOptions Options { get; } = options.Value;

    public IApiKeyAuthenticator Authenticator { get; } = authenticator;

    public ApiKeyRateLimiter RateLimiter { get; } = rateLimiter;

    public ILogger Logger { get; } = logger;
}

/// <summary>
/// The protocol side of a call, the same for every method: checks HTTP/2 and the content type, parses grpc-timeout
/// and grpc-encoding, authenticates and rate-limits, runs the method, then ends the call with its status: in trailers
/// when the response has started, as a Trailers-Only response (status in the headers, no body) when it has not.
/// </summary>
internal abstract partial class GrpcMethodHandler(GrpcMethodDescriptor method, GrpcHandlerServices services)
{
    public GrpcMethodDescriptor Method { get; } = method;

    protected GrpcHandlerServices Services { get; } = services;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            response.StatusCode = StatusCodes.Status426UpgradeRequired;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("gRPC needs HTTP/2.\n", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
        if (!GrpcProtocol.IsAnyGrpcContentType(request.ContentType))
        {
            // The spec asks for HTTP 415; the grpc-status helps gRPC clients that look only at it.
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            WriteTrailersOnly(http, GrpcStatusCode.Internal, $"content-type '{request.ContentType}' is not gRPC; expected application/grpc", null);
            return;
        }

        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            WriteTrailersOnly(
                http,
                GrpcStatusCode.Unimplemented,
                $"content-type '{request.ContentType}' is not supported; use application/grpc or application/grpc+proto",
                null);
            return;
        }

        TimeSpan? timeout = null;
        string? timeoutHeader = request.Headers[GrpcProtocol.TimeoutHeader];
        if (!string.IsNullOrEmpty(timeoutHeader))
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var parsed))
            {
                WriteTrailersOnly(
                    http,
                    GrpcStatusCode.InvalidArgument,
                    $"grpc-timeout '{timeoutHeader}' is malformed: expected 1 to 8 digits followed by H, M, S, m, u or n",
                    null);
                return;
            }

            timeout = parsed;
        }

        string? requestEncoding = request.Headers[GrpcProtocol.EncodingHeader];
        if (string.IsNullOrEmpty(requestEncoding) || requestEncoding.Equals(GrpcProtocol.Identity, StringComparison.OrdinalIgnoreCase))
        {
            requestEncoding = null;
        }
        else if (!GrpcProtocol.IsSupportedEncoding(requestEncoding))
        {
            WriteTrailersOnly(
                http,
                GrpcStatusCode.Unimplemented,
                $"grpc-encoding '{requestEncoding}' is not supported; supported: {GrpcProtocol.SupportedEncodings}",
                null);
            return;
        }
        else
        {
            requestEncoding = requestEncoding.ToLowerInvariant();
        }

        var options = Services.Options;
        string? acceptEncoding = request.Headers[GrpcProtocol.AcceptEncodingHeader];
        string? responseEncoding =
            options.ResponseCompressionAlgorithm is { } algorithm && GrpcProtocol.AcceptsEncoding(acceptEncoding, algorithm) ? algorithm
            : options.MirrorRequestCompression && requestEncoding is not null && GrpcProtocol.AcceptsEncoding(acceptEncoding, requestEncoding) ? requestEncoding
            : null;

        using var call = new GrpcServerCall(
            http, Method, options, timeout, requestEncoding, responseEncoding, Services.RateLimiter);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        GrpcStatusCode code = GrpcStatusCode.Ok;
        string? message = null;
        Google.Rpc.Status? details = null;
        try
        {
            Authorize(call);
            if (Method.RateLimitPerCall)
            {
                call.ConsumeRateLimitPermit();
            }

            call.ThrowIfDeadlineExceeded();
            await InvokeAsync(call).ConfigureAwait(false);
        }
        catch (GrpcStatusException ex)
        {
            (code, message, details) = (ex.StatusCode, ex.Detail, ex.ToRpcStatus());
        }
        catch (Exception ex) when (http.RequestAborted.IsCancellationRequested || IsConnectionGone(ex))
        {
            // The client cancelled (RST_STREAM) or went away: nobody is left to tell.
            LogCancelled(Services.Logger, request.Path.Value, call.ApiKeyId);
            RecordCall(GrpcStatusCode.Cancelled, started);
            return;
        }
        catch (OperationCanceledException) when (call.DeadlineExceeded)
        {
            (code, message) = (GrpcStatusCode.DeadlineExceeded, "deadline exceeded");
        }
        catch (Exception ex)
        {
            LogUnexpected(Services.Logger, ex, request.Path.Value, call.ApiKeyId);
            (code, message) = (GrpcStatusCode.Internal, options.EnableDetailedErrors
                ? $"internal error: {ex.GetType().Name}: {ex.Message}"
                : "internal error (details in the server log)");
        }

        // A handler that returned OK after its deadline passed still reports the deadline, as clients expect.
        if (code == GrpcStatusCode.Ok && call.DeadlineExceeded && !call.ResponseStarted)
        {
            (code, message) = (GrpcStatusCode.DeadlineExceeded, "deadline exceeded");
        }

        if (http.RequestAborted.IsCancellationRequested)
        {
            LogCancelled(Services.Logger, request.Path.Value, call.ApiKeyId);
            RecordCall(GrpcStatusCode.Cancelled, started);
            return;
        }

        if (call.ResponseStarted)
        {
            WriteTrailers(http, code, message, details);
        }
        else
        {
            WriteTrailersOnly(http, code, message, details);
        }

        LogCompleted(
            Services.Logger,
            request.Path.Value,
            (int)code,
            code,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            call.ApiKeyId,
            call.MessagesRead,
            call.MessagesWritten);
        RecordCall(code, started);
    }

    // The grpc-status values of the defined codes, made once: every call sends one.
    private static readonly string[] StatusValues =
        Enumerable.Range(0, 17).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The grpc-status header value of <paramref name="code"/>: its number in decimal.</summary>
    internal static string StatusValue(GrpcStatusCode code) =>
        (uint)code < (uint)StatusValues.Length ? StatusValues[(int)code] : ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The status names the metrics use: the proto enum names of grpc/status.proto (OK, INVALID_ARGUMENT, …).</summary>
    internal static string StatusName(GrpcStatusCode code) => code switch
    {
        GrpcStatusCode.Ok => "OK",
        GrpcStatusCode.Cancelled => "CANCELLED",
        GrpcStatusCode.Unknown => "UNKNOWN",
        GrpcStatusCode.InvalidArgument => "INVALID_ARGUMENT",
        GrpcStatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        GrpcStatusCode.NotFound => "NOT_FOUND",
        GrpcStatusCode.AlreadyExists => "ALREADY_EXISTS",
        GrpcStatusCode.PermissionDenied => "PERMISSION_DENIED",
        GrpcStatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        GrpcStatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        GrpcStatusCode.Aborted => "ABORTED",
        GrpcStatusCode.OutOfRange => "OUT_OF_RANGE",
        GrpcStatusCode.Unimplemented => "UNIMPLEMENTED",
        GrpcStatusCode.Internal => "INTERNAL",
        GrpcStatusCode.Unavailable => "UNAVAILABLE",
        GrpcStatusCode.DataLoss => "DATA_LOSS",
        GrpcStatusCode.Unauthenticated => "UNAUTHENTICATED",
        _ => ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private void RecordCall(GrpcStatusCode code, long started) =>
        Services.Metrics?.RecordCall(
            Method.Name.Length > 0 ? Method.Name : "unimplemented",
            ReviewMetrics.GrpcTransport,
            StatusName(code),
            System.Diagnostics.Stopwatch.GetElapsedTime(started));

    /// <summary>
    /// Whether <paramref name="exception"/> says the client's stream or connection is gone (reset, closed mid-request,
    /// connection faulted): that is the client cancelling, not a server error, even when RequestAborted has not fired
    /// yet.
    /// </summary>
    internal static bool IsConnectionGone(Exception exception) =>
        exception is Microsoft.AspNetCore.Connections.ConnectionAbortedException or Microsoft.AspNetCore.Connections.ConnectionResetException
        || (exception is IOException && exception.InnerException is Microsoft.AspNetCore.Connections.ConnectionAbortedException or Microsoft.AspNetCore.Connections.ConnectionResetException)
        || (exception is IOException io && io.Message.Contains("aborted", StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the method: reads its request(s), calls the service, writes its response(s).</summary>
    protected abstract Task InvokeAsync(GrpcServerCall call);

    internal static void WriteTrailersOnly(HttpContext http, GrpcStatusCode code, string? message, Google.Rpc.Status? details)
    {
        var response = http.Response;
        if (response.StatusCode == StatusCodes.Status200OK || response.StatusCode == 0)
        {
            response.StatusCode = StatusCodes.Status200OK;
        }

        response.ContentType = GrpcProtocol.ContentType;
        SetStatus(response.Headers, code, message, details);
    }

    private static void WriteTrailers(HttpContext http, GrpcStatusCode code, string? message, Google.Rpc.Status? details)
    {
        var response = http.Response;
        response.AppendTrailer(GrpcProtocol.StatusHeader, StatusValue(code));
        if (!string.IsNullOrEmpty(message))
        {
            response.AppendTrailer(GrpcProtocol.MessageHeader, PercentEncoding.Encode(message));
        }

        if (details is not null)
        {
            response.AppendTrailer(GrpcProtocol.StatusDetailsHeader, EncodeDetails(details));
        }
    }

    private static void SetStatus(IHeaderDictionary headers, GrpcStatusCode code, string? message, Google.Rpc.Status? details)
    {
        headers[GrpcProtocol.StatusHeader] = StatusValue(code);
        if (!string.IsNullOrEmpty(message))
        {
            headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(message);
        }

        if (details is not null)
        {
            headers[GrpcProtocol.StatusDetailsHeader] = EncodeDetails(details);
        }
    }

    /// <summary>Binary headers are base64; the spec asks senders to omit the padding.</summary>
    private static string EncodeDetails(Google.Rpc.Status details) =>
        Convert.ToBase64String(details.ToByteArray()).TrimEnd('=');

    private void Authorize(GrpcServerCall call)
    {
        string? keyId = null;
        if (Method.RequiredRole is { } role)
        {
            var authenticator = Services.Authenticator;
            string? presented = ApiKeyHeaders.Read(call.HttpContext.Request.Headers);
            switch (authenticator.Authenticate(presented, role, out keyId))
            {
                case AuthOutcome.Allowed:
                    break;
                case AuthOutcome.Unauthenticated when presented is null:
                    throw new GrpcStatusException(
                        GrpcStatusCode.Unauthenticated,
                        "an API key is required: send 'authorization: Bearer <key>' or 'x-api-key: <key>'",
                        [GrpcErrors.Info("API_KEY_MISSING")]);
                case AuthOutcome.Unauthenticated:
                    throw new GrpcStatusException(
                        GrpcStatusCode.Unauthenticated, "the API key is not valid", [GrpcErrors.Info("API_KEY_INVALID")]);
                default:
                    throw new GrpcStatusException(
                        GrpcStatusCode.PermissionDenied,
                        $"API key '{keyId}' does not have the {role.ToString().ToLowerInvariant()} role needed by {Method.Path}",
                        [GrpcErrors.Info("API_KEY_ROLE_MISSING", ("role", role.ToString().ToLowerInvariant()))]);
            }
        }

        call.ApiKeyId = keyId;
        call.RateLimitPartition = ApiKeyRateLimiter.PartitionKey(keyId, call.HttpContext);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "gRPC {Method} finished with {StatusCode} {Status} in {ElapsedMs:0.###} ms (key {KeyId}, {Read} in, {Written} out)")]
    private static partial void LogCompleted(
        ILogger logger, string? method, int statusCode, GrpcStatusCode status, double elapsedMs, string? keyId, int read, int written);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "gRPC {Method} cancelled by the client (key {KeyId})")]
    private static partial void LogCancelled(ILogger logger, string? method, string? keyId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "gRPC {Method} failed with an unexpected error (key {KeyId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string? method, string? keyId);
}

/// <summary>A unary method: one request, one response.</summary>
internal sealed class UnaryMethodHandler<TRequest, TResponse>(
    GrpcMethodDescriptor method,
    GrpcHandlerServices services,
    MessageParser<TRequest> parser,
    Func<TRequest, GrpcServerCall, ValueTask<TResponse>> invoker)
    : GrpcMethodHandler(method, services)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task InvokeAsync(GrpcServerCall call)
    {
        var request = await call.ReadSingleMessageAsync(parser).ConfigureAwait(false);
        var response = await invoker(request, call).ConfigureAwait(false);
        call.ThrowIfDeadlineExceeded();

        // Not flushed here: the message goes out together with the trailers.
        await call.WriteMessageAsync(response, flush: false).ConfigureAwait(false);
    }
}

/// <summary>A server-streaming method: one request, a stream of responses written by the service.</summary>
internal sealed class ServerStreamingMethodHandler<TRequest>(
    GrpcMethodDescriptor method,
    GrpcHandlerServices services,
    MessageParser<TRequest> parser,
    Func<TRequest, GrpcServerCall, Task> invoker)
    : GrpcMethodHandler(method, services)
    where TRequest : class, IMessage<TRequest>
{
    protected override async Task InvokeAsync(GrpcServerCall call)
    {
        var request = await call.ReadSingleMessageAsync(parser).ConfigureAwait(false);
        await invoker(request, call).ConfigureAwait(false);
    }
}

/// <summary>A bidirectional-streaming method: the service reads and writes through the call.</summary>
internal sealed class DuplexStreamingMethodHandler(
    GrpcMethodDescriptor method,
    GrpcHandlerServices services,
    Func<GrpcServerCall, Task> invoker)
    : GrpcMethodHandler(method, services)
{
    protected override Task InvokeAsync(GrpcServerCall call) => invoker(call);
}

/// <summary>Answers every gRPC request to a path no method serves with UNIMPLEMENTED.</summary>
internal sealed class UnimplementedMethodHandler(GrpcHandlerServices services)
    : GrpcMethodHandler(new GrpcMethodDescriptor("", "", GrpcMethodType.Unary, null, false), services)
{
    protected override Task InvokeAsync(GrpcServerCall call) =>
        throw new GrpcStatusException(
            GrpcStatusCode.Unimplemented,
            $"method '{call.HttpContext.Request.Path}' is not implemented by this server");
}
