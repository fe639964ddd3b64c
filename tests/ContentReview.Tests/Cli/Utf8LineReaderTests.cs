using System.Text;
using ContentReview.Cli.Reviewing;

namespace ContentReview.Tests.Cli;

public sealed class Utf8LineReaderTests
{
    private static List<string> ReadAll(byte[] bytes, int chunk)
    {
        using var reader = new Utf8LineReader(new ChunkedStream(bytes, chunk));
        var lines = new List<string>();
        while (true)
        {
            try
            {
                var line = reader.ReadLine();
                if (line is null)
                {
                    return lines;
                }

                lines.Add(line);
            }
            catch (InvalidLineEncodingException)
            {
                lines.Add("<bad>");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1 << 16)]
    public void ReadLine_SplitsOnNewline_DropsCrAndBom_ReportsBadLinesAlone(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF国土\r\n\n资源部😀")
            .Concat(new byte[] { 0x0A, 0xE5, 0x9B, 0x0A }) // a truncated 3-byte sequence on its own line
            .Concat(Encoding.UTF8.GetBytes("末行"))
            .ToArray();

        Assert.Equal(["国土", "", "资源部😀", "<bad>", "末行"], ReadAll(bytes, chunk));
    }

    [Fact]
    public void ReadLine_LongLineAcrossBuffers_AndBytesRead()
    {
        var text = new string('国', 100_000);
        var bytes = Encoding.UTF8.GetBytes(text + "\nx\n");
        using var reader = new Utf8LineReader(new MemoryStream(bytes));

        Assert.Equal(text, reader.ReadLine());
        Assert.Equal("x", reader.ReadLine());
        Assert.Null(reader.ReadLine());
        Assert.Equal(bytes.Length, reader.BytesRead);
    }

    /// <summary>Hands out at most <c>chunk</c> bytes per read, to exercise lines and characters split across reads.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
