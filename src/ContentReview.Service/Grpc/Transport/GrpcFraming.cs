using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace ContentReview.Service.Grpc.Transport;

/// <summary>
/// gRPC message framing: each message is prefixed by a compressed flag (0 or 1) and its length as a big-endian
/// unsigned 32-bit integer. A read may hold part of a message or several; <see cref="TryReadMessage"/> slices off one
/// complete message at a time and leaves the rest.
/// </summary>
internal static class GrpcFraming
{
    /// <summary>
    /// Slices one complete message off the front of <paramref name="buffer"/>. Returns false when the buffer holds only
    /// part of a message (then nothing is consumed). Throws RESOURCE_EXHAUSTED as soon as the prefix announces a
    /// message longer than <paramref name="maxMessageLength"/>, before its body arrives, and INTERNAL for a flag other
    /// than 0 or 1.
    /// </summary>
    public static bool TryReadMessage(
        ref ReadOnlySequence<byte> buffer, int maxMessageLength, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < GrpcProtocol.MessagePrefixLength)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[GrpcProtocol.MessagePrefixLength];
        buffer.Slice(0, GrpcProtocol.MessagePrefixLength).CopyTo(prefix);
        byte flag = prefix[0];
        if (flag > 1)
        {
            throw new GrpcStatusException(
                GrpcStatusCode.Internal, $"invalid message prefix: compressed flag is {flag}, expected 0 or 1");
        }

        uint length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        if (length > (uint)maxMessageLength)
        {
            throw new GrpcStatusException(
                GrpcStatusCode.ResourceExhausted,
                $"received message larger than max ({length} vs. {maxMessageLength} bytes)",
                [GrpcErrors.Info("MESSAGE_TOO_LARGE", ("max_bytes", maxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        }

        if (buffer.Length - GrpcProtocol.MessagePrefixLength < length)
        {
            return false;
        }

        compressed = flag == 1;
        payload = buffer.Slice(GrpcProtocol.MessagePrefixLength, length);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    /// <summary>Writes the 5-byte prefix.</summary>
    public static void WritePrefix(Span<byte> destination, bool compressed, int length)
    {
        destination[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }

    /// <summary>
    /// Decompresses a message compressed with <paramref name="encoding"/> (gzip or deflate, which gRPC defines as the
    /// zlib format). A result longer than <paramref name="maxMessageLength"/> is RESOURCE_EXHAUSTED (a small
    /// compressed message may expand enormously); corrupt data is INTERNAL.
    /// </summary>
    public static byte[] Decompress(ReadOnlySequence<byte> payload, string encoding, int maxMessageLength)
    {
        var input = new MemoryStream(payload.ToArray(), writable: false);
        using Stream decompressor = encoding.Equals(GrpcProtocol.Gzip, StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(input, CompressionMode.Decompress)
            : new ZLibStream(input, CompressionMode.Decompress);
        var output = new ArrayBufferWriter<byte>(Math.Max(256, (int)Math.Min(payload.Length * 4, maxMessageLength + 1L)));
        try
        {
            while (true)
            {
                var span = output.GetSpan(16 * 1024);
                int read = decompressor.Read(span);
                if (read == 0)
                {
                    break;
                }

                output.Advance(read);
                if (output.WrittenCount > maxMessageLength)
                {
                    throw new GrpcStatusException(
                        GrpcStatusCode.ResourceExhausted,
                        $"received message larger than max after decompression (more than {maxMessageLength} bytes)",
                        [GrpcErrors.Info("MESSAGE_TOO_LARGE", ("max_bytes", maxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new GrpcStatusException(GrpcStatusCode.Internal, $"could not decompress {encoding} message: {ex.Message}");
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Compresses a serialized message with <paramref name="encoding"/> (gzip or deflate).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> message, string encoding)
    {
        var output = new MemoryStream(message.Length / 2 + 64);
        using (Stream compressor = encoding.Equals(GrpcProtocol.Gzip, StringComparison.OrdinalIgnoreCase)
                   ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)
                   : new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(message);
        }

        return output.ToArray();
    }
}
