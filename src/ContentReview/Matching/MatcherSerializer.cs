using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using ContentReview.Normalization;

namespace ContentReview.Matching;

/// <summary>
/// The binary format of a saved <see cref="MultiPatternMatcher"/> (little-endian):
/// <code>
/// header  : magic "CRMM" (4 bytes) · format version u32 · payload length u64
/// payload : options · patterns · class table · supplementary table · nodes · depths · output entries · output patterns
/// trailer : CRC-32C (Castagnoli) of header and payload, u32
/// </code>
/// Loading checks magic, version, length and checksum first, then every structural invariant the search loop relies
/// on (it reads the tables without bounds checks), then that each pattern still normalizes to the length its output
/// entry claims. Any failure is an <see cref="InvalidDataException"/> saying what is wrong.
/// </summary>
internal static class MatcherSerializer
{
    /// <summary>The current (and only) format version.</summary>
    public const uint FormatVersion = 1;

    private const int HeaderSize = 16;
    private const long MaxPayload = int.MaxValue - 64;
    private static ReadOnlySpan<byte> Magic => "CRMM"u8;

    public static void Save(MultiPatternMatcher matcher, string[] patterns, MatcherOptions options, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        EnsureLittleEndian();
        var ac = matcher.Automaton;
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write((byte)options.MatchKind);
            w.Write((byte)((options.FoldWidth ? 1 : 0) | (options.IgnoreCase ? 2 : 0) | (options.FoldTraditional ? 4 : 0) | (options.SkipIgnorable ? 8 : 0)));
            WriteString(w, options.NoiseCharacters);
            w.Write(patterns.Length);
            foreach (var p in patterns)
            {
                WriteString(w, p);
            }

            w.Write(ac.ClassCount);
            w.Write(ac.MaxPatternLength);

            // Class table, sparse: dead entries and the (implied) surrogates are left out.
            int entries = 0;
            for (int c = 0; c < ac.ClassMap.Length; c++)
            {
                if (IsStoredMapEntry(ac.ClassMap[c]))
                {
                    entries++;
                }
            }

            w.Write(entries);
            for (int c = 0; c < ac.ClassMap.Length; c++)
            {
                if (IsStoredMapEntry(ac.ClassMap[c]))
                {
                    w.Write((ushort)c);
                    w.Write(ac.ClassMap[c]);
                }
            }

            w.Write(ac.SupplementaryKeys.Length);
            w.Write(MemoryMarshal.AsBytes(ac.SupplementaryKeys.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(ac.SupplementaryClasses.AsSpan()));
            var (nodes, depth) = ac.ToCanonical();
            w.Write(nodes.Length);
            w.Write(MemoryMarshal.AsBytes(nodes.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(depth.AsSpan()));
            w.Write(ac.Outs.Length);
            w.Write(MemoryMarshal.AsBytes(ac.Outs.AsSpan()));
            w.Write(ac.OutPatterns.Length);
            w.Write(MemoryMarshal.AsBytes(ac.OutPatterns.AsSpan()));
        }

        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), FormatVersion);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), (ulong)payload.Length);
        var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        uint crc = Crc32C.Append(Crc32C.Append(Crc32C.Initial, header), body);
        var trailer = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32C.Finish(crc));
        stream.Write(header);
        stream.Write(body);
        stream.Write(trailer);
    }

    public static (string[] Patterns, MatcherOptions Options, AhoCorasickAutomaton Automaton) Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        EnsureLittleEndian();
        var header = new byte[HeaderSize];
        ReadExactly(stream, header, "header");
        if (!header.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a saved ContentReview matcher: the file does not start with the magic bytes \"CRMM\".");
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
        if (version != FormatVersion)
        {
            throw new InvalidDataException(
                $"Unsupported matcher format version {version}; this library reads version {FormatVersion}. Rebuild the matcher and save it again.");
        }

        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(8));
        if (length > MaxPayload)
        {
            throw new InvalidDataException($"Corrupted matcher file: payload length {length} is out of range.");
        }

        if (stream.CanSeek && stream.Length - stream.Position < (long)length + 4)
        {
            throw new InvalidDataException(
                $"Truncated matcher file: the header announces {length} payload bytes plus a 4-byte checksum, but only {stream.Length - stream.Position} bytes follow.");
        }

        var body = ReadPayload(stream, (int)length);
        var trailer = new byte[4];
        ReadExactly(stream, trailer, "checksum");
        uint expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        uint actual = Crc32C.Finish(Crc32C.Append(Crc32C.Append(Crc32C.Initial, header), body));
        if (expected != actual)
        {
            throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"Corrupted matcher file: checksum mismatch (stored 0x{expected:X8}, computed 0x{actual:X8})."));
        }

        try
        {
            return Parse(body);
        }
        catch (InvalidDataException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or EndOfStreamException)
        {
            throw new InvalidDataException($"Corrupted matcher file: {e.Message}", e);
        }
    }

    private static (string[] Patterns, MatcherOptions Options, AhoCorasickAutomaton Automaton) Parse(byte[] body)
    {
        var r = new Reader(body);
        byte kind = r.Byte("match kind");
        byte flags = r.Byte("option flags");
        if (!Enum.IsDefined((MatchKind)kind) || (flags & ~0xF) != 0)
        {
            throw Bad($"unknown match kind {kind} or option flags 0x{flags:X2}");
        }

        var options = new MatcherOptions
        {
            MatchKind = (MatchKind)kind,
            FoldWidth = (flags & 1) != 0,
            IgnoreCase = (flags & 2) != 0,
            FoldTraditional = (flags & 4) != 0,
            SkipIgnorable = (flags & 8) != 0,
            NoiseCharacters = r.String("noise characters"),
        };
        int patternCount = r.Count("pattern count", 4);
        var patterns = new string[patternCount];
        for (int i = 0; i < patternCount; i++)
        {
            patterns[i] = r.String("pattern");
        }

        int classCount = r.Int("class count");
        int maxPatternLength = r.Int("longest pattern length");
        if (classCount < AhoCorasickAutomaton.FirstClass || classCount > AhoCorasickAutomaton.MaxClassCount)
        {
            throw Bad($"class count {classCount} is out of range");
        }

        var map = new ushort[0x10000];
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            map[c] = AhoCorasickAutomaton.SurrogateClass;
        }

        int mapEntries = r.Count("class table size", 4);
        int previous = -1;
        for (int k = 0; k < mapEntries; k++)
        {
            int c = r.UShort("class table");
            int cls = r.UShort("class table");
            if (c <= previous || char.IsSurrogate((char)c) || !IsStoredMapEntry((ushort)cls) || cls >= classCount)
            {
                throw Bad($"class table entry {k} (U+{c:X4} → {cls}) is invalid");
            }

            map[c] = (ushort)cls;
            previous = c;
        }

        int suppCount = r.Count("supplementary table size", 6);
        var suppKeys = r.Ints(suppCount, "supplementary keys");
        var suppClasses = r.UShorts(suppCount, "supplementary classes");
        for (int k = 0; k < suppCount; k++)
        {
            if (suppKeys[k] is < 0x10000 or > 0x10FFFF || (k > 0 && suppKeys[k] <= suppKeys[k - 1])
                || suppClasses[k] == AhoCorasickAutomaton.DeadClass || suppClasses[k] == AhoCorasickAutomaton.SurrogateClass
                || suppClasses[k] >= classCount)
            {
                throw Bad($"supplementary table entry {k} is invalid");
            }
        }

        int nodeCount = r.Count("node count", 20);
        if (nodeCount < 1)
        {
            throw Bad("the automaton has no root");
        }

        var nodes = MemoryMarshal.Cast<byte, AcNode>(r.Bytes(checked(nodeCount * 16), "nodes")).ToArray();
        var depth = r.Ints(nodeCount, "depths");
        int outCount = r.Count("output entry count", 16);
        var outs = MemoryMarshal.Cast<byte, OutEntry>(r.Bytes(checked(outCount * 16), "output entries")).ToArray();
        int outPatternCount = r.Count("output pattern count", 4);
        var outPatterns = r.Ints(outPatternCount, "output patterns");
        if (!r.AtEnd)
        {
            throw Bad($"{r.Remaining} unexpected bytes after the last section");
        }

        ValidateAutomaton(nodes, depth, outs, outPatterns, classCount, patternCount);
        ValidatePatterns(patterns, options, outs, outPatterns, maxPatternLength);
        var automaton = new AhoCorasickAutomaton(map, suppKeys, suppClasses, classCount, nodes, depth, outs, outPatterns, maxPatternLength);
        return (patterns, options, automaton);
    }

    /// <summary>Everything the search loop assumes: in-range links, strictly shallower failure links, finite chains.</summary>
    private static void ValidateAutomaton(AcNode[] nodes, int[] depth, OutEntry[] outs, int[] outPatterns, int classCount, int patternCount)
    {
        int n = nodes.Length;
        ref readonly var root = ref nodes[0];
        if (root.Check != AhoCorasickAutomaton.RootCheck || root.Fail != 0 || root.Out != -1 || depth[0] != 0)
        {
            throw Bad("the root state is malformed");
        }

        for (int s = 1; s < n; s++)
        {
            ref readonly var node = ref nodes[s];
            if (node.Check == AhoCorasickAutomaton.FreeCheck)
            {
                if (node.Base != AhoCorasickAutomaton.LeafBase || node.Fail != 0 || node.Out != -1 || depth[s] != 0)
                {
                    throw Bad($"unused slot {s} is not empty");
                }

                continue;
            }

            int parent = node.Check;
            if ((uint)parent >= (uint)n || nodes[parent].Check == AhoCorasickAutomaton.FreeCheck)
            {
                throw Bad($"state {s} has an invalid parent {parent}");
            }

            long cls = (long)s - nodes[parent].Base;
            if (cls < AhoCorasickAutomaton.FirstClass || cls >= classCount || depth[s] != depth[parent] + 1)
            {
                throw Bad($"state {s} is not a valid child of state {parent}");
            }

            if ((uint)node.Fail >= (uint)n || nodes[node.Fail].Check == AhoCorasickAutomaton.FreeCheck || depth[node.Fail] >= depth[s])
            {
                throw Bad($"state {s} has an invalid failure link {node.Fail}");
            }

            if (node.Out < -1 || node.Out >= outs.Length || (node.Out >= 0 && outs[node.Out].Length > depth[s]))
            {
                throw Bad($"state {s} has an invalid output entry {node.Out}");
            }
        }

        for (int k = 0; k < outs.Length; k++)
        {
            ref readonly var e = ref outs[k];
            if (e.Length < 1 || e.PatternCount < 1 || e.PatternStart < 0 || (long)e.PatternStart + e.PatternCount > outPatterns.Length
                || e.Next < -1 || e.Next >= outs.Length || (e.Next >= 0 && outs[e.Next].Length >= e.Length))
            {
                throw Bad($"output entry {k} is invalid");
            }
        }

        foreach (int p in outPatterns)
        {
            if ((uint)p >= (uint)patternCount)
            {
                throw Bad($"output pattern index {p} is out of range");
            }
        }
    }

    /// <summary>Each pattern appears exactly once and still normalizes to the length of the entry that reports it.</summary>
    private static void ValidatePatterns(string[] patterns, MatcherOptions options, OutEntry[] outs, int[] outPatterns, int maxPatternLength)
    {
        if (outPatterns.Length != patterns.Length)
        {
            throw Bad($"{outPatterns.Length} output pattern indices for {patterns.Length} patterns");
        }

        var lengthOf = new int[patterns.Length];
        foreach (var e in outs)
        {
            for (int k = 0; k < e.PatternCount; k++)
            {
                int p = outPatterns[e.PatternStart + k];
                if (lengthOf[p] != 0)
                {
                    throw Bad($"pattern {p} is listed twice");
                }

                lengthOf[p] = e.Length;
            }
        }

        CharacterFolding folding;
        try
        {
            folding = MultiPatternMatcher.CreateFolding(options);
        }
        catch (ArgumentException e)
        {
            throw Bad(e.Message);
        }

        int longest = 0;
        for (int p = 0; p < patterns.Length; p++)
        {
            int length = 0;
            var s = patterns[p];
            for (int i = 0; i < s.Length; i++)
            {
                int cp = CharacterFolding.ReadCodePoint(s, ref i);
                if (cp < 0)
                {
                    throw Bad($"pattern {p} has a lone surrogate");
                }

                if (!folding.IsIgnorable(cp, folding.Fold(cp)))
                {
                    length++;
                }
            }

            if (length != lengthOf[p])
            {
                throw Bad($"pattern {p} normalizes to {length} characters but the automaton reports {lengthOf[p]}");
            }

            longest = Math.Max(longest, length);
        }

        if (longest != maxPatternLength)
        {
            throw Bad($"longest pattern length {maxPatternLength} does not match the patterns ({longest})");
        }
    }

    /// <summary>Dead entries and surrogates (always <see cref="AhoCorasickAutomaton.SurrogateClass"/>) are implied.</summary>
    private static bool IsStoredMapEntry(ushort cls) =>
        cls != AhoCorasickAutomaton.DeadClass && cls != AhoCorasickAutomaton.SurrogateClass;

    private static InvalidDataException Bad(string what) => new($"Corrupted matcher file: {what}.");

    private static void WriteString(BinaryWriter w, string s)
    {
        w.Write(s.Length);
        w.Write(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Saved matchers are read and written on little-endian machines only.");
        }
    }

    private static void ReadExactly(Stream stream, byte[] buffer, string what)
    {
        int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read < buffer.Length)
        {
            throw new InvalidDataException($"Truncated matcher file: the {what} needs {buffer.Length} bytes, only {read} were left.");
        }
    }

    /// <summary>Reads the payload in growing chunks, so a corrupted length on an unseekable stream cannot force a huge allocation.</summary>
    private static byte[] ReadPayload(Stream stream, int length)
    {
        var buffer = new byte[Math.Min(length, 1 << 20)];
        int filled = 0;
        while (filled < length)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(length, buffer.Length * 2L));
            }

            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                throw new InvalidDataException($"Truncated matcher file: the header announces {length} payload bytes, only {filled} were left.");
            }

            filled += read;
        }

        return buffer;
    }

    /// <summary>A bounds-checked little-endian reader whose errors name the section being read.</summary>
    private ref struct Reader(byte[] data)
    {
        private readonly byte[] _data = data;
        private int _pos;

        public readonly bool AtEnd => _pos == _data.Length;

        public readonly int Remaining => _data.Length - _pos;

        public ReadOnlySpan<byte> Bytes(int count, string what)
        {
            if (count < 0 || count > _data.Length - _pos)
            {
                throw Bad($"the {what} section runs past the end of the payload");
            }

            var span = _data.AsSpan(_pos, count);
            _pos += count;
            return span;
        }

        public byte Byte(string what) => Bytes(1, what)[0];

        public int UShort(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2, what));

        public int Int(string what) => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4, what));

        /// <summary>A count of items of at least <paramref name="minItemSize"/> bytes each: never more than the bytes left.</summary>
        public int Count(string what, int minItemSize)
        {
            int n = Int(what);
            if (n < 0 || (long)n * minItemSize > Remaining)
            {
                throw Bad($"{what} {n} is out of range");
            }

            return n;
        }

        public int[] Ints(int count, string what) => MemoryMarshal.Cast<byte, int>(Bytes(checked(count * 4), what)).ToArray();

        public ushort[] UShorts(int count, string what) => MemoryMarshal.Cast<byte, ushort>(Bytes(checked(count * 2), what)).ToArray();

        public string String(string what)
        {
            int n = Count(what + " length", 2);
            var chars = MemoryMarshal.Cast<byte, char>(Bytes(n * 2, what));
            return new string(chars);
        }
    }

    /// <summary>CRC-32C with the hardware instruction where available (<see cref="BitOperations.Crc32C(uint, ulong)"/>).</summary>
    private static class Crc32C
    {
        public const uint Initial = 0xFFFFFFFFu;

        public static uint Finish(uint crc) => ~crc;

        public static uint Append(uint crc, ReadOnlySpan<byte> data)
        {
            while (data.Length >= 8)
            {
                crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
                data = data[8..];
            }

            foreach (byte b in data)
            {
                crc = BitOperations.Crc32C(crc, b);
            }

            return crc;
        }
    }
}
