using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;
using ContentReview.Service.Grpc.Transport;
using Google.Protobuf;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>The outcome of a raw gRPC call: HTTP status, headers, the response messages, and the gRPC status.</summary>
public sealed class GrpcCallResult
{
    public required HttpStatusCode HttpStatus { get; init; }

    public required HttpResponseHeaders Headers { get; init; }

    public required HttpContentHeaders ContentHeaders { get; init; }

    public required HttpResponseHeaders Trailers { get; init; }

    public required IReadOnlyList<(bool Compressed, byte[] Payload)> Messages { get; init; }

    /// <summary>Whether the status came in the headers (a Trailers-Only response).</summary>
    public bool TrailersOnly => Headers.Contains("grpc-status");

    public int? StatusCode => Header("grpc-status") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>grpc-message, percent-decoded.</summary>
    public string? StatusMessage => Header("grpc-message") is { } m ? PercentEncoding.Decode(m) : null;

    public string? RawStatusMessage => Header("grpc-message");

    public Google.Rpc.Status? StatusDetails => Header("grpc-status-details-bin") is { } b
        ? Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(b.PadRight(b.Length + ((4 - (b.Length % 4)) % 4), '=')))
        : null;

    public Google.Rpc.BadRequest? BadRequest =>
        StatusDetails?.Details.FirstOrDefault(d => d.Is(Google.Rpc.BadRequest.Descriptor))?.Unpack<Google.Rpc.BadRequest>();

    public string? Header(string name) =>
        Trailers.TryGetValues(name, out var t) ? t.First()
        : Headers.TryGetValues(name, out var h) ? h.First()
        : null;

    public T Message<T>(MessageParser<T> parser, int index = 0)
        where T : IMessage<T>
    {
        var (compressed, payload) = Messages[index];
        return parser.ParseFrom(compressed ? GrpcTestClient.Gunzip(payload) : payload);
    }

    public IEnumerable<T> AllMessages<T>(MessageParser<T> parser)
        where T : IMessage<T> => Enumerable.Range(0, Messages.Count).Select(i => Message(parser, i));

    public override string ToString() => $"HTTP {(int)HttpStatus}, grpc-status {StatusCode}, '{StatusMessage}', {Messages.Count} messages";
}

/// <summary>
/// A raw gRPC client over HttpClient speaking real HTTP/2 (h2c with prior knowledge): frames messages itself, reads
/// response messages and trailers, and can stream requests, so tests see exactly what goes over the wire.
/// </summary>
public sealed class GrpcTestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _address;

    public GrpcTestClient(Uri address, SocketsHttpHandler? handler = null)
    {
        _address = address;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { EnableMultipleHttp2Connections = true })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public HttpClient Http => _http;

    public static byte[] Frame(IMessage message, string? compress = null) => Frame(message.ToByteArray(), compress);

    public static byte[] Frame(byte[] payload, string? compress = null)
    {
        bool compressed = compress is not null;
        if (compressed)
        {
            payload = GrpcFraming.Compress(payload, compress!);
        }

        var framed = new byte[5 + payload.Length];
        framed[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(framed, 5);
        return framed;
    }

    public static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public HttpRequestMessage NewRequest(string path, HttpContent content, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (content.Headers.ContentType is null)
        {
            content.Headers.TryAddWithoutValidation("content-type", "application/grpc");
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.Remove("content-type");
                content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    /// <summary>Sends <paramref name="body"/> as the whole request stream and reads the whole response.</summary>
    public async Task<GrpcCallResult> SendAsync(string path, byte[] body, IDictionary<string, string>? headers = null, CancellationToken cancellationToken = default)
    {
        using var request = NewRequest(path, new ByteArrayContent(body), headers);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await ReadResultAsync(response, cancellationToken);
    }

    /// <summary>Frames and sends <paramref name="requests"/> (compressed with <paramref name="compress"/> when given).</summary>
    public Task<GrpcCallResult> CallAsync(
        string path, IEnumerable<IMessage> requests, IDictionary<string, string>? headers = null, string? compress = null, CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>());
        if (compress is not null)
        {
            all.TryAdd("grpc-encoding", compress);
            all.TryAdd("grpc-accept-encoding", "identity," + compress);
        }

        return SendAsync(path, requests.SelectMany(r => Frame(r, compress)).ToArray(), all, cancellationToken);
    }

    public Task<GrpcCallResult> CallAsync(string path, IMessage request, IDictionary<string, string>? headers = null, string? compress = null) =>
        CallAsync(path, [request], headers, compress);

    /// <summary>Starts a call whose request stream the test writes piece by piece.</summary>
    public async Task<DuplexCall> StartDuplexAsync(string path, IDictionary<string, string>? headers = null, Func<DuplexCall, Task>? beforeHeaders = null)
    {
        var content = new StreamingContent();
        var request = NewRequest(path, content, headers);
        var call = new DuplexCall(request, content);
        if (beforeHeaders is not null)
        {
            await beforeHeaders(call);
        }

        call.Response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        call.ResponseStream = await call.Response.Content.ReadAsStreamAsync();
        return call;
    }

    public static async Task<GrpcCallResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken = default, Stream? stream = null)
    {
        var messages = new List<(bool, byte[])>();
        stream ??= await response.Content.ReadAsStreamAsync(cancellationToken);
        while (await ReadMessageAsync(stream, cancellationToken) is { } message)
        {
            messages.Add(message);
        }

        return new GrpcCallResult
        {
            HttpStatus = response.StatusCode,
            Headers = response.Headers,
            ContentHeaders = response.Content.Headers,
            Trailers = response.TrailingHeaders,
            Messages = messages,
        };
    }

    /// <summary>Reads one length-prefixed message, or null at the end of the stream.</summary>
    public static async Task<(bool Compressed, byte[] Payload)?> ReadMessageAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var prefix = new byte[5];
        int read = await stream.ReadAtLeastAsync(prefix, 5, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        if (read < 5)
        {
            throw new InvalidDataException("the response ended inside a message prefix");
        }

        var payload = new byte[BinaryPrimitives.ReadUInt32BigEndian(prefix.AsSpan(1))];
        await stream.ReadExactlyAsync(payload, cancellationToken);
        return (prefix[0] == 1, payload);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Request content whose bytes the test pushes while the call runs.</summary>
    public sealed class StreamingContent : HttpContent
    {
        private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>();

        public ValueTask WriteAsync(byte[] chunk) => _chunks.Writer.WriteAsync(chunk);

        public void Complete() => _chunks.Writer.TryComplete();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await foreach (var chunk in _chunks.Reader.ReadAllAsync(cancellationToken))
            {
                await stream.WriteAsync(chunk, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    /// <summary>A call in progress: write requests, read responses, then the trailers.</summary>
    public sealed class DuplexCall(HttpRequestMessage request, StreamingContent content) : IDisposable
    {
        public HttpResponseMessage Response { get; set; } = null!;

        public Stream ResponseStream { get; set; } = null!;

        public ValueTask WriteAsync(IMessage message) => content.WriteAsync(Frame(message));

        public ValueTask WriteRawAsync(byte[] bytes) => content.WriteAsync(bytes);

        public void CompleteRequest() => content.Complete();

        public async Task<T?> ReadAsync<T>(MessageParser<T> parser)
            where T : class, IMessage<T>
        {
            var message = await ReadMessageAsync(ResponseStream);
            return message is { } m ? parser.ParseFrom(m.Payload) : null;
        }

        /// <summary>Reads to the end and returns the result (with any remaining messages and the trailers).</summary>
        public Task<GrpcCallResult> FinishAsync() => ReadResultAsync(Response, default, ResponseStream);

        public void Dispose()
        {
            content.Complete();
            Response?.Dispose();
            request.Dispose();
        }
    }
}
