using System.Buffers;
using ContentReview.Service.Grpc.Transport;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>Unit tests of the protocol pieces: framing, grpc-timeout, grpc-message percent-encoding, content types.</summary>
public sealed class GrpcProtocolUnitTests
{
    private static byte[] Framed(params byte[][] payloads) =>
        payloads.SelectMany(p => GrpcTestClient.Frame(p)).ToArray();

    /// <summary>A sequence of several segments, cut at the given sizes, as a PipeReader may deliver it.</summary>
    private static ReadOnlySequence<byte> Segmented(byte[] data, int segmentSize)
    {
        Segment? first = null, last = null;
        for (int i = 0; i < data.Length; i += segmentSize)
        {
            var memory = data.AsMemory(i, Math.Min(segmentSize, data.Length - i));
            if (first is null)
            {
                first = last = new Segment(memory, 0);
            }
            else
            {
                last = last!.Append(memory);
            }
        }

        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1000)]
    public void TryReadMessage_SeveralMessagesAcrossSegments_ReadsEachInOrder(int segmentSize)
    {
        byte[] a = [1, 2, 3], b = [], c = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        var buffer = Segmented(Framed(a, b, c), segmentSize);

        var read = new List<byte[]>();
        while (GrpcFraming.TryReadMessage(ref buffer, 1000, out bool compressed, out var payload))
        {
            Assert.False(compressed);
            read.Add(payload.ToArray());
        }

        Assert.Equal([a, b, c], read);
        Assert.True(buffer.IsEmpty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(9)]
    public void TryReadMessage_IncompleteMessage_ConsumesNothing(int available)
    {
        var framed = Framed(new byte[10]);
        var buffer = new ReadOnlySequence<byte>(framed.AsMemory(0, available));

        Assert.False(GrpcFraming.TryReadMessage(ref buffer, 1000, out _, out _));
        Assert.Equal(available, buffer.Length);
    }

    [Fact]
    public void TryReadMessage_CompressedFlag_Reported()
    {
        var framed = GrpcTestClient.Frame(new byte[] { 1, 2, 3 }, "gzip");
        var buffer = new ReadOnlySequence<byte>(framed);

        Assert.True(GrpcFraming.TryReadMessage(ref buffer, 1000, out bool compressed, out var payload));
        Assert.True(compressed);
        Assert.Equal(new byte[] { 1, 2, 3 }, GrpcFraming.Decompress(payload, "gzip", 1000));
    }

    [Fact]
    public void TryReadMessage_TooLarge_ResourceExhaustedFromThePrefixAlone()
    {
        // Only the prefix has arrived: the limit is enforced before the body is buffered.
        byte[] prefix = [0, 0, 0x10, 0, 0];
        var buffer = new ReadOnlySequence<byte>(prefix);

        var ex = Assert.Throws<GrpcStatusException>(() => GrpcFraming.TryReadMessage(ref buffer, 4096, out _, out _));
        Assert.Equal(GrpcStatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Contains("1048576 vs. 4096", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadMessage_BadFlag_Internal()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 2, 0, 0, 0, 0 });

        var ex = Assert.Throws<GrpcStatusException>(() => GrpcFraming.TryReadMessage(ref buffer, 10, out _, out _));
        Assert.Equal(GrpcStatusCode.Internal, ex.StatusCode);
    }

    [Fact]
    public void Decompress_ExpandsPastLimit_ResourceExhausted()
    {
        var compressed = GrpcFraming.Compress(new byte[100_000], "gzip");

        var ex = Assert.Throws<GrpcStatusException>(() => GrpcFraming.Decompress(new ReadOnlySequence<byte>(compressed), "gzip", 50_000));
        Assert.Equal(GrpcStatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public void Decompress_Corrupt_Internal()
    {
        var ex = Assert.Throws<GrpcStatusException>(() => GrpcFraming.Decompress(new ReadOnlySequence<byte>(new byte[] { 0x1f, 0x8b, 9, 9, 9, 9 }), "gzip", 1000));
        Assert.Equal(GrpcStatusCode.Internal, ex.StatusCode);
    }

    [Theory]
    [InlineData("deflate")]
    [InlineData("gzip")]
    public void CompressDecompress_RoundTrips(string encoding)
    {
        var data = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("国土资源部", 100)));

        Assert.Equal(data, GrpcFraming.Decompress(new ReadOnlySequence<byte>(GrpcFraming.Compress(data, encoding)), encoding, data.Length));
    }

    public static TheoryData<string, string, long> Timeouts => new()
    {
        { "to-hours", "2H", TimeSpan.FromHours(2).Ticks },
        { "to-minutes", "90M", TimeSpan.FromMinutes(90).Ticks },
        { "to-seconds", "5S", TimeSpan.FromSeconds(5).Ticks },
        { "to-millis", "250m", TimeSpan.FromMilliseconds(250).Ticks },
        { "to-micros", "1500u", TimeSpan.FromMicroseconds(1500).Ticks },
        { "to-nanos-round-up", "1n", 1 },
        { "to-nanos", "1000000n", TimeSpan.FromMilliseconds(1).Ticks },
        { "to-zero", "0S", 0 },
        { "to-eight-digits", "99999999H", TimeSpan.FromHours(99_999_999).Ticks },
    };

    [Theory]
    [MemberData(nameof(Timeouts))]
    public void GrpcTimeout_Valid_Parsed(string caseId, string header, long ticks)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout), caseId);
        Assert.Equal(ticks, timeout.Ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("123456789S")]
    [InlineData("-1S")]
    [InlineData("1.5S")]
    [InlineData("10s")]
    [InlineData("10 S")]
    [InlineData("１0S")]
    public void GrpcTimeout_Malformed_Rejected(string header) =>
        Assert.False(GrpcTimeout.TryParse(header, out _));

    [Theory]
    [InlineData(250, "250m")]
    [InlineData(0.0005, "1m")]
    public void GrpcTimeout_Format_RoundsUp(double milliseconds, string expected) =>
        Assert.Equal(expected, GrpcTimeout.Format(TimeSpan.FromMilliseconds(milliseconds)));

    public static TheoryData<string, string, string> PercentCases => new()
    {
        { "pe-ascii", "deadline exceeded", "deadline exceeded" },
        { "pe-percent", "100% done", "100%25 done" },
        { "pe-chinese", "类别", "%E7%B1%BB%E5%88%AB" },
        { "pe-newline", "a\nb", "a%0Ab" },
        { "pe-tilde-kept", "~ok~", "~ok~" },
        { "pe-del", "\u007f", "%7F" },
        { "pe-astral", "𠮷", "%F0%A0%AE%B7" },
    };

    [Theory]
    [MemberData(nameof(PercentCases))]
    public void PercentEncoding_EncodesPerSpecAndRoundTrips(string caseId, string message, string encoded)
    {
        Assert.Equal(encoded, PercentEncoding.Encode(message));
        Assert.True(message == PercentEncoding.Decode(encoded), caseId);
    }

    [Theory]
    [InlineData("100%", "100%")]
    [InlineData("%zz", "%zz")]
    [InlineData("%4", "%4")]
    [InlineData("%e7%b1%bb", "类")]
    public void PercentEncoding_Decode_IsLenient(string encoded, string expected) =>
        Assert.Equal(expected, PercentEncoding.Decode(encoded));

    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("Application/GRPC; charset=utf-8", true)]
    [InlineData("application/grpc+json", false)]
    [InlineData("application/grpc-web", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void IsGrpcContentType(string? contentType, bool expected) =>
        Assert.Equal(expected, GrpcProtocol.IsGrpcContentType(contentType));

    [Theory]
    [InlineData("gzip", "gzip", true)]
    [InlineData("identity, gzip", "gzip", true)]
    [InlineData("identity,deflate", "gzip", false)]
    [InlineData(null, "gzip", false)]
    public void AcceptsEncoding(string? header, string encoding, bool expected) =>
        Assert.Equal(expected, GrpcProtocol.AcceptsEncoding(header, encoding));

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
