using System.Diagnostics;
using System.Runtime.CompilerServices;
using ContentReview.Lexicons;

namespace ContentReview.Segmentation;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c>): every word with its frequency, and every prefix of a word with frequency 0.
/// Stored as a trie whose nodes are the prefixes: node 0 is the empty prefix; a child of the root is found in a direct
/// table indexed by the UTF-16 unit (the first character is looked up once per position, so this is the hottest path);
/// deeper children live in one open-addressing hash table of packed 64-bit entries (parent node, character, child node),
/// so a probe touches one cache line.
/// </summary>
/// <remarks>
/// Why not a Dictionary&lt;string, int&gt; as jieba does: the DAG walk would allocate a substring per step. Why not
/// sorted child arrays (CSR): building them needs a sort of 349k words, and the hash probe is as fast as a binary
/// search over the few children of a deep node. Memory for jieba's dictionary (498k prefixes): about 16 MB.
/// Mutable only while a <see cref="JiebaSegmenterBuilder"/> fills it; frozen (never written again) once a segmenter
/// holds it, so concurrent readers need no locks.
/// </remarks>
internal sealed class PrefixDictionary
{
    private const int RootTableSize = 65536;
    private const int NodeBits = 24;                  // node ids < 2^24 (16.7 M prefixes)
    private const ulong NodeMask = (1UL << NodeBits) - 1;

    private int[] _root;            // root child per UTF-16 unit; 0 = none (the root is never a child)
    private ulong[] _table;         // (parent << 16 | char) << 24 | child; 0 = empty slot (child is never 0)
    private int _mask;
    private int _used;
    private long[] _freq;           // per node; 0 = only a prefix
    private double[] _logFreq;      // per node: log(freq) when freq > 0
    private int _nodeCount;

    public PrefixDictionary(int expectedNodes = 1024)
    {
        _root = new int[RootTableSize];
        int capacity = 1024;
        while (capacity < expectedNodes * 2)
        {
            capacity <<= 1;
        }

        _table = new ulong[capacity];
        _mask = capacity - 1;
        _freq = new long[Math.Max(16, expectedNodes)];
        _logFreq = new double[_freq.Length];
        _nodeCount = 1;
    }

    private PrefixDictionary(PrefixDictionary other)
    {
        _root = (int[])other._root.Clone();
        _table = (ulong[])other._table.Clone();
        _mask = other._mask;
        _used = other._used;
        _freq = (long[])other._freq.Clone();
        _logFreq = (double[])other._logFreq.Clone();
        _nodeCount = other._nodeCount;
        Total = other.Total;
        MaxWordLength = other.MaxWordLength;
        WordCount = other.WordCount;
    }

    /// <summary>Sum of the frequencies of every entry added (jieba's <c>total</c>; duplicates count twice).</summary>
    public long Total { get; private set; }

    /// <summary>Number of distinct words with a positive frequency.</summary>
    public int WordCount { get; private set; }

    /// <summary>Length of the longest entry, in UTF-16 units.</summary>
    public int MaxWordLength { get; private set; }

    /// <summary>Number of trie nodes (prefixes plus the root).</summary>
    public int NodeCount => _nodeCount;

    public PrefixDictionary Clone() => new(this);

    /// <summary>The child of <paramref name="node"/> for <paramref name="c"/>, or 0 when that prefix is not in the dictionary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == 0)
        {
            return _root[c];
        }

        ulong key = ((ulong)node << 16) | c;
        ulong[] table = _table;
        int slot = Hash(key) & _mask;
        while (true)
        {
            ulong e = table[slot];
            if ((e >> NodeBits) == key)
            {
                return (int)(e & NodeMask);
            }

            if (e == 0)
            {
                return 0;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public long Frequency(int node) => _freq[node];

    public double LogFrequency(int node) => _logFreq[node];

    /// <summary>The node of <paramref name="word"/>, or 0 when it is not even a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int node = 0;
        foreach (char c in word)
        {
            node = Child(node, c);
            if (node == 0)
            {
                return 0;
            }
        }

        return node;
    }

    /// <summary>jieba's <c>FREQ.get(word)</c>: the frequency, 0 for a prefix, -1 when absent.</summary>
    public long Get(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        int node = Find(word);
        return node == 0 ? -1 : _freq[node];
    }

    /// <summary>jieba's <c>add_word</c> with a given frequency: sets the word's frequency, adds it to the total and adds its prefixes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> word, long freq)
    {
        Debug.Assert(!word.IsEmpty && freq >= 0);
        int node = 0;
        foreach (char c in word)
        {
            node = ChildOrAdd(node, c);
        }

        SetFrequency(node, freq, word.Length);
    }

    private void SetFrequency(int node, long freq, int length)
    {
        if (_freq[node] == 0 && freq > 0)
        {
            WordCount++;
        }
        else if (_freq[node] > 0 && freq == 0)
        {
            WordCount--;
        }

        _freq[node] = freq;
        _logFreq[node] = freq > 0 ? Math.Log(freq) : 0;
        Total += freq;
        MaxWordLength = Math.Max(MaxWordLength, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ChildOrAdd(int node, char c)
    {
        int child = Child(node, c);
        if (child == 0)
        {
            child = NewNode();
            Insert(node, c, child);
        }

        return child;
    }

    /// <summary>
    /// Parses jieba's dict.txt format (<c>word freq [tag]</c>, one per line, UTF-8) and adds every entry, as jieba's
    /// <c>gen_pfdict</c> does: the line is stripped, split on single spaces, the first field is the word and the second an
    /// integer frequency.
    /// </summary>
    /// <remarks>
    /// The hot loop of the start-up: it decodes UTF-8 itself and walks the trie as it decodes, and it reuses the path
    /// of the previous word for a shared prefix (dict.txt is mostly grouped by first characters), which saves most of
    /// the hash probes.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddJiebaDictionary(ReadOnlySpan<byte> utf8, string fileName)
    {
        Span<char> prev = stackalloc char[64];
        Span<int> path = stackalloc int[64];   // path[i] = node after i+1 chars of prev
        int prevLen = 0;
        int lineNo = 0;
        while (!utf8.IsEmpty)
        {
            lineNo++;
            int nl = utf8.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = nl < 0 ? utf8 : utf8[..nl];
            utf8 = nl < 0 ? default : utf8[(nl + 1)..];
            line = TrimAscii(line);
            if (lineNo == 1 && line.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }

            int sp = line.IndexOf((byte)' ');
            if (sp <= 0)
            {
                throw new LexiconFormatException(fileName, lineNo, null, "expected 'word frequency [tag]'");
            }

            ReadOnlySpan<byte> rest = line[(sp + 1)..];
            int sp2 = rest.IndexOf((byte)' ');
            if (!TryParseFrequency(sp2 < 0 ? rest : rest[..sp2], out long freq))
            {
                throw new LexiconFormatException(fileName, lineNo, null, "the frequency is not a non-negative integer");
            }

            ReadOnlySpan<byte> w = line[..sp];
            int node = 0;
            int len = 0;          // chars decoded so far
            bool shared = true;   // still on the previous word's path
            int i = 0;
            while (i < w.Length)
            {
                int b = w[i];
                int cp, size;
                if (b < 0x80)
                {
                    cp = b;
                    size = 1;
                }
                else if ((b & 0xE0) == 0xC0 && i + 1 < w.Length)
                {
                    cp = ((b & 0x1F) << 6) | (w[i + 1] & 0x3F);
                    size = 2;
                }
                else if ((b & 0xF0) == 0xE0 && i + 2 < w.Length)
                {
                    cp = ((b & 0x0F) << 12) | ((w[i + 1] & 0x3F) << 6) | (w[i + 2] & 0x3F);
                    size = 3;
                }
                else if ((b & 0xF8) == 0xF0 && i + 3 < w.Length)
                {
                    cp = ((b & 0x07) << 18) | ((w[i + 1] & 0x3F) << 12) | ((w[i + 2] & 0x3F) << 6) | (w[i + 3] & 0x3F);
                    size = 4;
                }
                else
                {
                    throw new LexiconFormatException(fileName, lineNo, null, "the word is not valid UTF-8");
                }

                for (int k = 1; k < size; k++)
                {
                    if ((w[i + k] & 0xC0) != 0x80)
                    {
                        throw new LexiconFormatException(fileName, lineNo, null, "the word is not valid UTF-8");
                    }
                }

                i += size;
                if (cp < 0x10000)
                {
                    Step((char)cp, ref node, ref len, ref shared, prev, path, prevLen);
                }
                else
                {
                    cp -= 0x10000;
                    Step((char)(0xD800 + (cp >> 10)), ref node, ref len, ref shared, prev, path, prevLen);
                    Step((char)(0xDC00 + (cp & 0x3FF)), ref node, ref len, ref shared, prev, path, prevLen);
                }
            }

            prevLen = Math.Min(len, prev.Length);
            SetFrequency(node, freq, len);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Step(char c, ref int node, ref int len, ref bool shared, Span<char> prev, Span<int> path, int prevLen)
    {
        if (shared && len < prevLen && prev[len] == c)
        {
            node = path[len];
        }
        else
        {
            shared = false;
            node = ChildOrAdd(node, c);
            if (len < prev.Length)
            {
                prev[len] = c;
                path[len] = node;
            }
        }

        len++;
    }

    private static bool TryParseFrequency(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 18)
        {
            return false;
        }

        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static ReadOnlySpan<byte> TrimAscii(ReadOnlySpan<byte> s)
    {
        int a = 0, b = s.Length;
        while (a < b && s[a] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            a++;
        }

        while (b > a && s[b - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            b--;
        }

        return s[a..b];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ulong key)
    {
        ulong h = key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32);
    }

    private int NewNode()
    {
        if (_nodeCount == _freq.Length)
        {
            if (_nodeCount >= (1 << NodeBits) - 1)
            {
                throw new InvalidOperationException("The dictionary has more than 16.7 million prefixes.");
            }

            Array.Resize(ref _freq, _freq.Length * 2);
            Array.Resize(ref _logFreq, _logFreq.Length * 2);
        }

        return _nodeCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(int parent, char c, int child)
    {
        if (parent == 0)
        {
            _root[c] = child;
            return;
        }

        if ((_used + 1) * 2 > _table.Length)
        {
            Grow();
        }

        ulong key = ((ulong)parent << 16) | c;
        int slot = Hash(key) & _mask;
        while (_table[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _table[slot] = (key << NodeBits) | (uint)child;
        _used++;
    }

    private void Grow()
    {
        ulong[] old = _table;
        _table = new ulong[old.Length * 2];
        _mask = _table.Length - 1;
        foreach (ulong e in old)
        {
            if (e == 0)
            {
                continue;
            }

            int slot = Hash(e >> NodeBits) & _mask;
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = e;
        }
    }
}
