using System.Text;

namespace ContentReview.Cli.Reviewing;

/// <summary>A line of input that is not valid UTF-8. The line has been consumed; the next read goes on after it.</summary>
internal sealed class InvalidLineEncodingException(int byteOffset)
    : Exception($"not valid UTF-8 (byte {byteOffset} of the line)")
{
    /// <summary>The offset of the first bad byte within the line.</summary>
    public int ByteOffset { get; } = byteOffset;
}

/// <summary>
/// Reads UTF-8 lines from a stream, decoding each line on its own and strictly: a line with invalid bytes throws
/// <see cref="InvalidLineEncodingException"/> for that line only, so a JSONL batch reports it by line number and goes
/// on (a <see cref="StreamReader"/> decodes whole buffers and would fail lines before the bad one). Lines end at \n; a
/// \r before it is dropped; a UTF-8 byte-order mark at the start is skipped. Memory: one buffer plus the longest line.
/// </summary>
internal sealed class Utf8LineReader(Stream stream) : TextReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly MemoryStream _pending = new();
    private int _position;
    private int _length;
    private bool _started;
    private bool _ended;

    /// <summary>Bytes consumed so far (for progress).</summary>
    public long BytesRead { get; private set; }

    public override string? ReadLine()
    {
        _pending.SetLength(0);
        while (true)
        {
            if (_position == _length)
            {
                if (_ended || !Fill())
                {
                    _ended = true;
                    return _pending.Length == 0 ? null : Decode(_pending.GetBuffer().AsSpan(0, (int)_pending.Length));
                }
            }

            var available = _buffer.AsSpan(_position, _length - _position);
            var newline = available.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _pending.Write(available);
                BytesRead += available.Length;
                _position = _length;
                continue;
            }

            BytesRead += newline + 1;
            _position += newline + 1;
            if (_pending.Length == 0)
            {
                return Decode(available[..newline]);
            }

            _pending.Write(available[..newline]);
            return Decode(_pending.GetBuffer().AsSpan(0, (int)_pending.Length));
        }
    }

    private bool Fill()
    {
        _length = stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    private string Decode(ReadOnlySpan<byte> line)
    {
        if (!_started)
        {
            // The byte-order mark is looked for in the first line, not the first read, which may be shorter than 3 bytes.
            _started = true;
            if (line is [0xEF, 0xBB, 0xBF, ..])
            {
                line = line[3..];
            }
        }

        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        try
        {
            return Strict.GetString(line);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidLineEncodingException(Math.Max(0, e.Index));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
            stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
