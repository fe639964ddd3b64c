using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using ContentReview.Service.Security;
using Google.Protobuf;

namespace ContentReview.Service.Grpc.Transport;

/// <summary>
/// One gRPC call on the server: reads length-prefixed request messages from the request PipeReader, writes response
/// messages to the response PipeWriter, and knows the call's deadline, cancellation, compression and caller. Created
/// by <see cref="GrpcMethodHandler"/>; service methods see it as their call context.
/// </summary>
internal sealed class GrpcServerCall : IDisposable
{
    private readonly GrpcTransportOptions _options;
    private readonly CancellationTokenSource? _deadlineCts;
    private readonly CancellationTokenSource? _linkedCts;
    private readonly string? _requestEncoding;
    private readonly ApiKeyRateLimiter? _rateLimiter;

    public GrpcServerCall(
        HttpContext httpContext,
        GrpcMethodDescriptor method,
        GrpcTransportOptions options,
        TimeSpan? timeout,
        string? requestEncoding,
        string? responseEncoding,
        ApiKeyRateLimiter? rateLimiter)
    {
        HttpContext = httpContext;
        Method = method;
        _options = options;
        _requestEncoding = requestEncoding;
        ResponseEncoding = responseEncoding;
        _rateLimiter = rateLimiter;
        if (timeout is { } t && t < GrpcTimeout.Longest)
        {
            Deadline = DateTime.UtcNow + t;
            _deadlineCts = new CancellationTokenSource(t);
            _linkedCts = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, _deadlineCts.Token);
            CancellationToken = _linkedCts.Token;
        }
        else
        {
            CancellationToken = httpContext.RequestAborted;
        }
    }

    public HttpContext HttpContext { get; }

    public GrpcMethodDescriptor Method { get; }

    /// <summary>Cancelled when the client goes away or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The deadline from grpc-timeout (UTC), or <c>null</c>.</summary>
    public DateTime? Deadline { get; }

    /// <summary>Whether the deadline has passed (as opposed to the client cancelling).</summary>
    public bool DeadlineExceeded => Deadline is { } d && (_deadlineCts!.IsCancellationRequested || DateTime.UtcNow >= d);

    /// <summary>The id of the API key the caller authenticated with, or <c>null</c>.</summary>
    public string? ApiKeyId { get; set; }

    /// <summary>The rate-limit partition of the caller.</summary>
    public string RateLimitPartition { get; set; } = "";

    /// <summary>The encoding responses are compressed with, or <c>null</c>.</summary>
    public string? ResponseEncoding { get; }

    /// <summary>Whether response headers (and so maybe messages) have been started: the status must then go in trailers.</summary>
    public bool ResponseStarted { get; private set; }

    /// <summary>Messages read so far.</summary>
    public int MessagesRead { get; private set; }

    /// <summary>Messages written so far.</summary>
    public int MessagesWritten { get; private set; }

    /// <summary>Takes one rate-limit permit for the caller; RESOURCE_EXHAUSTED (with RetryInfo) when there is none.</summary>
    public void ConsumeRateLimitPermit()
    {
        if (_rateLimiter is not null && !_rateLimiter.TryAcquire(RateLimitPartition, out var retryAfter))
        {
            throw GrpcErrors.RateLimited(retryAfter);
        }
    }

    /// <summary>Throws DEADLINE_EXCEEDED when the deadline has passed (used before starting expensive work).</summary>
    public void ThrowIfDeadlineExceeded()
    {
        if (DeadlineExceeded)
        {
            throw new GrpcStatusException(GrpcStatusCode.DeadlineExceeded, "deadline exceeded");
        }
    }

    /// <summary>
    /// Reads the next request message, or returns <c>null</c> at the end of the request stream. Handles messages split
    /// over several reads and several messages in one read.
    /// </summary>
    public async ValueTask<T?> ReadMessageAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        var reader = HttpContext.Request.BodyReader;
        while (true)
        {
            ReadResult result = await reader.ReadAsync(CancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            T message;
            try
            {
                if (GrpcFraming.TryReadMessage(ref buffer, _options.MaxReceiveMessageSize, out bool compressed, out var payload))
                {
                    // Parse before AdvanceTo: the payload's memory belongs to the reader until then.
                    message = Parse(parser, payload, compressed);
                }
                else if (result.IsCompleted)
                {
                    if (!buffer.IsEmpty)
                    {
                        throw new GrpcStatusException(
                            GrpcStatusCode.Internal,
                            $"incomplete message: the request stream ended inside a message ({buffer.Length} bytes left over)");
                    }

                    reader.AdvanceTo(buffer.End);
                    return null;
                }
                else
                {
                    // Nothing consumed, everything examined: wait for more data.
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }
            }
            catch
            {
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                throw;
            }

            // buffer now starts after the message: consume up to there, leave the rest (maybe further messages).
            reader.AdvanceTo(buffer.Start);
            MessagesRead++;
            return message;
        }
    }

    /// <summary>Reads the one request message of a unary or server-streaming call: exactly one, no more, no less.</summary>
    public async ValueTask<T> ReadSingleMessageAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        var message = await ReadMessageAsync(parser).ConfigureAwait(false)
            ?? throw new GrpcStatusException(GrpcStatusCode.Internal, "the request has no message; a unary call needs exactly one");
        if (await ReadMessageAsync(parser).ConfigureAwait(false) is not null)
        {
            throw new GrpcStatusException(GrpcStatusCode.Internal, "the request has more than one message; a unary call needs exactly one");
        }

        return message;
    }

    /// <summary>Reads every request message until the client half-closes the stream.</summary>
    public async IAsyncEnumerable<T> ReadAllAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        while (await ReadMessageAsync(parser).ConfigureAwait(false) is { } message)
        {
            yield return message;
        }
    }

    /// <summary>Starts the response: status 200, content type and encoding headers. Idempotent.</summary>
    public void StartResponse()
    {
        if (ResponseStarted)
        {
            return;
        }

        var response = HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocol.ContentType;
        if (ResponseEncoding is not null)
        {
            response.Headers[GrpcProtocol.EncodingHeader] = ResponseEncoding;
        }

        ResponseStarted = true;
    }

    /// <summary>Writes one response message; flushes unless told not to (a unary reply is flushed with its trailers).</summary>
    public async ValueTask WriteMessageAsync(IMessage message, bool flush = true)
    {
        CancellationToken.ThrowIfCancellationRequested();
        int size = message.CalculateSize();
        if (size > _options.MaxSendMessageSize)
        {
            throw new GrpcStatusException(
                GrpcStatusCode.ResourceExhausted,
                $"response message larger than max ({size} vs. {_options.MaxSendMessageSize} bytes)");
        }

        StartResponse();
        PipeWriter writer = HttpContext.Response.BodyWriter;
        if (ResponseEncoding is not null && size >= _options.ResponseCompressionMinSize)
        {
            byte[] raw = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                message.WriteTo(raw.AsSpan(0, size));
                byte[] compressed = GrpcFraming.Compress(raw.AsSpan(0, size), ResponseEncoding);
                GrpcFraming.WritePrefix(writer.GetSpan(GrpcProtocol.MessagePrefixLength), compressed: true, compressed.Length);
                writer.Advance(GrpcProtocol.MessagePrefixLength);
                writer.Write(compressed);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(raw);
            }
        }
        else
        {
            GrpcFraming.WritePrefix(writer.GetSpan(GrpcProtocol.MessagePrefixLength), compressed: false, size);
            writer.Advance(GrpcProtocol.MessagePrefixLength);
            message.WriteTo(writer);
        }

        MessagesWritten++;
        if (flush)
        {
            await writer.FlushAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _linkedCts?.Dispose();
        _deadlineCts?.Dispose();
    }

    private T Parse<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload, bool compressed)
        where T : class, IMessage<T>
    {
        if (compressed)
        {
            if (_requestEncoding is null)
            {
                throw new GrpcStatusException(
                    GrpcStatusCode.Internal,
                    "a message has the compressed flag set but the request has no grpc-encoding (or identity)");
            }

            var bytes = GrpcFraming.Decompress(payload, _requestEncoding, _options.MaxReceiveMessageSize);
            return ParseOrThrow(parser, new ReadOnlySequence<byte>(bytes));
        }

        return ParseOrThrow(parser, payload);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T ParseOrThrow<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload)
        where T : class, IMessage<T>
    {
        try
        {
            return parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new GrpcStatusException(GrpcStatusCode.Internal, $"could not parse the request message: {ex.Message}");
        }
    }
}
