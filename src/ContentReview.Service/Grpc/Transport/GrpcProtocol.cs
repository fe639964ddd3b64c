namespace ContentReview.Service.Grpc.Transport;

/// <summary>Header names and values of the gRPC over HTTP/2 protocol (grpc/grpc doc/PROTOCOL-HTTP2.md).</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string StatusHeader = "grpc-status";
    public const string MessageHeader = "grpc-message";
    public const string StatusDetailsHeader = "grpc-status-details-bin";
    public const string TimeoutHeader = "grpc-timeout";
    public const string EncodingHeader = "grpc-encoding";
    public const string AcceptEncodingHeader = "grpc-accept-encoding";
    public const string Identity = "identity";
    public const string Gzip = "gzip";
    public const string Deflate = "deflate";

    /// <summary>What we accept and can send, in the order we prefer.</summary>
    public const string SupportedEncodings = "identity,gzip,deflate";

    /// <summary>The 5-byte message prefix: a compressed flag and a big-endian 32-bit length.</summary>
    public const int MessagePrefixLength = 5;

    /// <summary>
    /// Whether <paramref name="contentType"/> is a gRPC content type we serve: application/grpc or
    /// application/grpc+proto, optionally with parameters. application/grpc+json and other codecs are refused.
    /// </summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = contentType.AsSpan(ContentType.Length);
        int semicolon = rest.IndexOf(';');
        if (semicolon >= 0)
        {
            rest = rest[..semicolon];
        }

        rest = rest.Trim();
        return rest.IsEmpty || rest.Equals("+proto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="contentType"/> starts with application/grpc at all (any codec).</summary>
    public static bool IsAnyGrpcContentType(string? contentType) =>
        contentType is not null && contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an encoding name (from grpc-encoding) is one we can decompress.</summary>
    public static bool IsSupportedEncoding(string encoding) =>
        encoding.Equals(Gzip, StringComparison.OrdinalIgnoreCase)
        || encoding.Equals(Deflate, StringComparison.OrdinalIgnoreCase)
        || encoding.Equals(Identity, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a grpc-accept-encoding value lists <paramref name="encoding"/>.</summary>
    public static bool AcceptsEncoding(string? acceptEncoding, string encoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return false;
        }

        foreach (var range in acceptEncoding.AsSpan().Split(','))
        {
            if (acceptEncoding.AsSpan(range).Trim().Equals(encoding, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
