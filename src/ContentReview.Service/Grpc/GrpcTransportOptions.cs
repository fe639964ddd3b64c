namespace ContentReview.Service.Grpc;

/// <summary>
/// Options of the gRPC transport, bound from the configuration section <c>ContentReview:Grpc</c>. The listening address
/// is Kestrel's: the endpoints named <c>Grpc</c> (or any name starting with <c>Grpc</c>) under <c>Kestrel:Endpoints</c>
/// serve gRPC, and only they do.
/// </summary>
public sealed class GrpcTransportOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ContentReview:Grpc";

    /// <summary>The default maximum message size: 4 MiB, as in other gRPC implementations.</summary>
    public const int DefaultMaxMessageSize = 4 * 1024 * 1024;

    /// <summary>
    /// The largest request message accepted, in bytes, compressed or (after decompression) not. A larger one fails with
    /// RESOURCE_EXHAUSTED as soon as its length prefix arrives. Default: 4 MiB.
    /// </summary>
    public int MaxReceiveMessageSize { get; set; } = DefaultMaxMessageSize;

    /// <summary>The largest response message sent, in bytes; a larger one fails the call with RESOURCE_EXHAUSTED. Default: 4 MiB.</summary>
    public int MaxSendMessageSize { get; set; } = DefaultMaxMessageSize;

    /// <summary>
    /// The longest text accepted in a review request, in UTF-16 code units; longer texts fail with INVALID_ARGUMENT
    /// naming <c>text</c>. Default: <see cref="ReviewOptions.DefaultMaxInputLength"/> (1,000,000).
    /// </summary>
    public int MaxTextLength { get; set; } = ReviewOptions.DefaultMaxInputLength;

    /// <summary>
    /// Compress responses with the client's request algorithm (gzip or deflate) when the request was compressed and the
    /// client's grpc-accept-encoding lists it. Default: true.
    /// </summary>
    public bool MirrorRequestCompression { get; set; } = true;

    /// <summary>
    /// Compress every response with this algorithm (<c>gzip</c> or <c>deflate</c>) when the client's
    /// grpc-accept-encoding lists it, whether or not the request was compressed. Default: none (compression costs CPU
    /// and review responses are small).
    /// </summary>
    public string? ResponseCompressionAlgorithm { get; set; }

    /// <summary>Responses smaller than this many bytes are sent uncompressed even on a compressing call (the flag says so per message). Default: 512.</summary>
    public int ResponseCompressionMinSize { get; set; } = 512;

    /// <summary>Put the exception message of unexpected errors in INTERNAL statuses (development only). Default: false.</summary>
    public bool EnableDetailedErrors { get; set; }

    /// <summary>
    /// Kestrel's limit on concurrent HTTP/2 streams per connection, for every endpoint (Kestrel's default is 100; a CMS
    /// that multiplexes its saves over one channel needs more). Default: 1000.
    /// </summary>
    public int MaxStreamsPerConnection { get; set; } = 1000;

    /// <summary>
    /// Kestrel's HTTP/2 connection flow-control window in bytes: how much request data all streams of a connection may
    /// have in flight. Default: 16 MiB, so large batches stream without stalling on window updates.
    /// </summary>
    public int InitialConnectionWindowSize { get; set; } = 16 * 1024 * 1024;

    /// <summary>Kestrel's HTTP/2 per-stream flow-control window in bytes. Default: 4 MiB (one maximum-size message).</summary>
    public int InitialStreamWindowSize { get; set; } = 4 * 1024 * 1024;

    internal IEnumerable<string> Validate()
    {
        if (MaxReceiveMessageSize <= 0)
        {
            yield return $"{SectionName}:MaxReceiveMessageSize must be positive.";
        }

        if (MaxSendMessageSize <= 0)
        {
            yield return $"{SectionName}:MaxSendMessageSize must be positive.";
        }

        if (MaxTextLength <= 0)
        {
            yield return $"{SectionName}:MaxTextLength must be positive.";
        }

        if (ResponseCompressionAlgorithm is { } a && a is not ("gzip" or "deflate"))
        {
            yield return $"{SectionName}:ResponseCompressionAlgorithm must be gzip or deflate, not '{a}'.";
        }

        if (MaxStreamsPerConnection <= 0)
        {
            yield return $"{SectionName}:MaxStreamsPerConnection must be positive.";
        }

        if (InitialStreamWindowSize < 65_535 || InitialConnectionWindowSize < InitialStreamWindowSize)
        {
            yield return $"{SectionName}: InitialStreamWindowSize must be at least 65535 and InitialConnectionWindowSize at least InitialStreamWindowSize.";
        }
    }
}
