using System.Diagnostics;
using System.Text;
using ContentReview.Lexicons;

namespace ContentReview.Segmentation;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c>): every word with its frequency, and every prefix of a word with frequency 0.
/// Stored as a trie whose nodes are the prefixes: node 0 is the empty prefix; a child of the root is found in a direct
/// table indexed by the UTF-16 unit (the first character is looked up once per position, so this is the hottest path);
/// deeper children live in one open-addressing hash table keyed by (parent node, character).
/// </summary>
/// <remarks>
/// Why not a Dictionary&lt;string, int&gt; as jieba does: the DAG walk would allocate a substring per step. Why not
/// sorted child arrays (CSR): building them needs a sort of 349k words, and the hash probe is as fast as a binary
/// search over the few children of a deep node. Memory for jieba's dictionary (498k prefixes): about 20 MB.
/// Mutable only while a <see cref="JiebaSegmenterBuilder"/> fills it; frozen (never written again) once a segmenter
/// holds it, so concurrent readers need no locks.
/// </remarks>
internal sealed class PrefixDictionary
{
    private const int RootTableSize = 65536;

    private int[] _root;            // root child per UTF-16 unit; 0 = none (the root is never a child)
    private long[] _keys;           // (parent << 16 | char) + 1; 0 = empty slot
    private int[] _values;          // child node of the slot
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

        _keys = new long[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        _freq = new long[Math.Max(16, expectedNodes)];
        _logFreq = new double[_freq.Length];
        _nodeCount = 1;
    }

    private PrefixDictionary(PrefixDictionary other)
    {
        _root = (int[])other._root.Clone();
        _keys = (long[])other._keys.Clone();
        _values = (int[])other._values.Clone();
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
    public int Child(int node, char c)
    {
        if (node == 0)
        {
            return _root[c];
        }

        long key = (((long)node << 16) | c) + 1;
        int slot = Hash(key) & _mask;
        while (true)
        {
            long k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
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
    public void Add(ReadOnlySpan<char> word, long freq)
    {
        Debug.Assert(!word.IsEmpty && freq >= 0);
        int node = 0;
        foreach (char c in word)
        {
            int child = Child(node, c);
            if (child == 0)
            {
                child = NewNode();
                Insert(node, c, child);
            }

            node = child;
        }

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
        MaxWordLength = Math.Max(MaxWordLength, word.Length);
    }

    /// <summary>
    /// Parses jieba's dict.txt format (<c>word freq [tag]</c>, one per line, UTF-8) and adds every entry, as jieba's
    /// <c>gen_pfdict</c> does: the line is stripped, split on single spaces, the first field is the word and the second an
    /// integer frequency.
    /// </summary>
    public void AddJiebaDictionary(ReadOnlySpan<byte> utf8, string fileName)
    {
        char[] chars = new char[256];
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

            ReadOnlySpan<byte> wordBytes = line[..sp];
            ReadOnlySpan<byte> rest = line[(sp + 1)..];
            int sp2 = rest.IndexOf((byte)' ');
            ReadOnlySpan<byte> freqBytes = sp2 < 0 ? rest : rest[..sp2];
            if (!TryParseFrequency(freqBytes, out long freq))
            {
                throw new LexiconFormatException(fileName, lineNo, null, "the frequency is not a non-negative integer");
            }

            if (chars.Length < wordBytes.Length)
            {
                chars = new char[wordBytes.Length];
            }

            int n;
            try
            {
                n = Utf8Strict.GetChars(wordBytes, chars);
            }
            catch (DecoderFallbackException e)
            {
                throw new LexiconFormatException(fileName, lineNo, null, "the word is not valid UTF-8", e);
            }

            Add(chars.AsSpan(0, n), freq);
        }
    }

    private static readonly UTF8Encoding Utf8Strict = new(false, true);

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

    private static int Hash(long key)
    {
        ulong h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32) ^ (int)h;
    }

    private int NewNode()
    {
        if (_nodeCount == _freq.Length)
        {
            Array.Resize(ref _freq, _freq.Length * 2);
            Array.Resize(ref _logFreq, _logFreq.Length * 2);
        }

        return _nodeCount++;
    }

    private void Insert(int parent, char c, int child)
    {
        if (parent == 0)
        {
            _root[c] = child;
            return;
        }

        if ((_used + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        long key = (((long)parent << 16) | c) + 1;
        int slot = Hash(key) & _mask;
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = child;
        _used++;
    }

    private void Grow()
    {
        long[] oldKeys = _keys;
        int[] oldValues = _values;
        _keys = new long[oldKeys.Length * 2];
        _values = new int[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            long key = oldKeys[i];
            if (key == 0)
            {
                continue;
            }

            int slot = Hash(key) & _mask;
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = oldValues[i];
        }
    }
}
