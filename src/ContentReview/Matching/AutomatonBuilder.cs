using System.Diagnostics;
using System.Runtime.CompilerServices;
using ContentReview.Normalization;

namespace ContentReview.Matching;

/// <summary>
/// Compiles normalized patterns into an <see cref="AhoCorasickAutomaton"/>: alphabet compression, a double-array
/// trie placed breadth-first from the sorted keys (no pointer trie, no per-node dictionary even while building),
/// failure links and output chains, then the 64K char → class table.
/// </summary>
internal static class AutomatonBuilder
{
    /// <summary>Builds the automaton.</summary>
    /// <exception cref="ArgumentException">A pattern has a lone surrogate or normalizes to nothing; the message names its index.</exception>
    /// <remarks>
    /// Jitted fully optimized at once (<see cref="MethodImplOptions.AggressiveOptimization"/>): it runs once per matcher,
    /// often once per process, and as a large method with hot loops it was otherwise jitted three times in a fresh
    /// process (tier 0, then two on-stack-replacement versions); measured side by side, building the lexicon check's
    /// matchers cold took about 30 ms less CPU (≈ 134 vs 167 ms, medians of six fresh processes).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AhoCorasickAutomaton Build(IReadOnlyList<string> patterns, CharacterFolding folding)
    {
        int m = patterns.Count;

        // 1. Normalize every pattern to folded code points, in one flat buffer.
        int total = 0;
        for (int p = 0; p < m; p++)
        {
            total += patterns[p].Length;
        }

        var foldBmp = folding.FoldBmp();
        var cps = new int[total];
        var start = new int[m + 1];
        var frequency = new Dictionary<int, int>();
        int w = 0;
        int maxLength = 0;
        for (int p = 0; p < m; p++)
        {
            string s = patterns[p];
            start[p] = w;
            for (int i = 0; i < s.Length; i++)
            {
                int cp = CharacterFolding.ReadCodePoint(s, ref i);
                if (cp < 0)
                {
                    throw new ArgumentException(
                        $"Pattern at index {p} ('{Escape(s)}') contains a lone surrogate U+{(int)s[i]:X4} at offset {i}; lone surrogates never match.",
                        nameof(patterns));
                }

                int f = cp < 0x10000 ? foldBmp[cp] : folding.Fold(cp);
                if (folding.IsIgnorable(cp, f))
                {
                    continue;
                }

                cps[w++] = f;
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(frequency, f, out _)++;
            }

            if (w == start[p])
            {
                throw new ArgumentException(
                    $"Pattern at index {p} ('{Escape(s)}') normalizes to nothing: it is empty or consists only of ignorable characters.",
                    nameof(patterns));
            }

            maxLength = Math.Max(maxLength, w - start[p]);
        }

        start[m] = w;

        // 2. Alphabet compression: distinct folded code points get classes by descending frequency, so the most common
        //    characters' root transitions sit together in the double array.
        var alphabet = new List<int>(frequency.Keys);

        if (alphabet.Count + AhoCorasickAutomaton.FirstClass > AhoCorasickAutomaton.MaxClassCount)
        {
            throw new ArgumentException(
                $"The patterns use {alphabet.Count} distinct characters after normalization; at most {AhoCorasickAutomaton.MaxClassCount - AhoCorasickAutomaton.FirstClass} are supported.",
                nameof(patterns));
        }

        alphabet.Sort((a, b) => frequency[a] != frequency[b] ? frequency[b].CompareTo(frequency[a]) : a.CompareTo(b));
        var classOfBmp = new ushort[0x10000]; // code point → class (0 = none)
        var classOfSupplementary = new Dictionary<int, ushort>();
        for (int k = 0; k < alphabet.Count; k++)
        {
            var cls = (ushort)(k + AhoCorasickAutomaton.FirstClass);
            if (alphabet[k] < 0x10000)
            {
                classOfBmp[alphabet[k]] = cls;
            }
            else
            {
                classOfSupplementary[alphabet[k]] = cls;
            }
        }

        int ClassOf(int cp) => cp < 0x10000 ? classOfBmp[cp] : classOfSupplementary.GetValueOrDefault(cp);

        int classCount = alphabet.Count + AhoCorasickAutomaton.FirstClass;
        var keys = new ushort[w];
        for (int i = 0; i < w; i++)
        {
            keys[i] = (ushort)ClassOf(cps[i]);
        }

        // 3. Sort the keys (ties by pattern index so duplicate patterns are reported in index order).
        var order = new int[m];
        for (int p = 0; p < m; p++)
        {
            order[p] = p;
        }

        Array.Sort(order, (a, b) =>
        {
            int c = keys.AsSpan(start[a], start[a + 1] - start[a]).SequenceCompareTo(keys.AsSpan(start[b], start[b + 1] - start[b]));
            return c != 0 ? c : a.CompareTo(b);
        });

        // 4. Double array, breadth first.
        var da = new DoubleArray(Math.Max(1024, (w / 2) + classCount));
        var queue = new List<QueueItem>(Math.Max(16, w));
        var outs = new List<OutEntry>();
        var outPatterns = new List<int>(m);
        var children = new List<int>();
        var childRanges = new List<(int Lo, int Hi)>();
        da.Occupy(AhoCorasickAutomaton.Root);
        queue.Add(new QueueItem(AhoCorasickAutomaton.Root, 0, m, 0));
        for (int head = 0; head < queue.Count; head++)
        {
            var (slot, lo, hi, depth) = queue[head];

            // Keys equal to this state's string sort first in its range.
            int i = lo;
            while (i < hi && start[order[i] + 1] - start[order[i]] == depth)
            {
                i++;
            }

            int own = -1;
            if (i > lo)
            {
                own = outs.Count;
                outs.Add(new OutEntry { Length = depth, PatternStart = outPatterns.Count, PatternCount = i - lo, Next = -1 });
                for (int k = lo; k < i; k++)
                {
                    outPatterns.Add(order[k]);
                }
            }

            queue[head] = queue[head] with { OwnOut = own };

            children.Clear();
            childRanges.Clear();
            while (i < hi)
            {
                ushort c = keys[start[order[i]] + depth];
                int j = i + 1;
                while (j < hi && keys[start[order[j]] + depth] == c)
                {
                    j++;
                }

                children.Add(c);
                childRanges.Add((i, j));
                i = j;
            }

            if (children.Count == 0)
            {
                da.SetBase(slot, AhoCorasickAutomaton.LeafBase);
                continue;
            }

            int b = da.FindBase(children);
            da.SetBase(slot, b);
            for (int k = 0; k < children.Count; k++)
            {
                int q = b + children[k];
                da.Occupy(q);
                da.SetCheck(q, slot);
                queue.Add(new QueueItem(q, childRanges[k].Lo, childRanges[k].Hi, depth + 1));
            }
        }

        // 5. Failure links and output chains, in breadth-first order (a failure target is always shallower).
        int size = da.UsedLength;
        var nodes = new AcNode[size];
        var depthOf = new int[size];
        for (int s = 0; s < size; s++)
        {
            nodes[s] = new AcNode { Base = AhoCorasickAutomaton.LeafBase, Check = AhoCorasickAutomaton.FreeCheck, Fail = 0, Out = -1 };
        }

        var outArray = outs.ToArray();
        foreach (var item in queue)
        {
            int u = item.Slot;
            ref var node = ref nodes[u];
            node.Base = da.GetBase(u);
            node.Check = u == AhoCorasickAutomaton.Root ? AhoCorasickAutomaton.RootCheck : da.GetCheck(u);
            depthOf[u] = item.Depth;
        }

        foreach (var item in queue)
        {
            int u = item.Slot;
            if (u == AhoCorasickAutomaton.Root)
            {
                continue;
            }

            int parent = nodes[u].Check;
            int cls = u - nodes[parent].Base;
            int fail = AhoCorasickAutomaton.Root;
            if (parent != AhoCorasickAutomaton.Root)
            {
                int f = nodes[parent].Fail;
                while (true)
                {
                    int t = nodes[f].Base + cls;
                    if ((uint)t < (uint)size && nodes[t].Check == f)
                    {
                        fail = t;
                        break;
                    }

                    if (f == AhoCorasickAutomaton.Root)
                    {
                        break;
                    }

                    f = nodes[f].Fail;
                }
            }

            Debug.Assert(depthOf[fail] < depthOf[u], "Failure links go to shallower states.");
            nodes[u].Fail = fail;
            int inherited = nodes[fail].Out;
            if (item.OwnOut >= 0)
            {
                outArray[item.OwnOut].Next = inherited;
                nodes[u].Out = item.OwnOut;
            }
            else
            {
                nodes[u].Out = inherited;
            }
        }

        // 6. The char → class table, folding normalization and alphabet compression together.
        var map = new ushort[0x10000];
        for (int c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                map[c] = AhoCorasickAutomaton.SurrogateClass; // either half; the search reads a pair at its low half
                continue;
            }

            int f = foldBmp[c];
            map[c] = folding.IsIgnorable(c, f) ? (ushort)AhoCorasickAutomaton.SkipClass : (ushort)ClassOf(f);
        }

        // Supplementary code points: pattern characters, traditional characters that fold to one, and noise symbols.
        var candidates = new SortedSet<int>();
        foreach (int cp in alphabet)
        {
            if (cp >= 0x10000)
            {
                candidates.Add(cp);
            }
        }

        foreach (var (key, _) in TraditionalChineseMap.SupplementaryEntries)
        {
            candidates.Add(key);
        }

        foreach (int cp in folding.Noise)
        {
            if (cp >= 0x10000)
            {
                candidates.Add(cp);
            }
        }

        var suppKeys = new List<int>();
        var suppClasses = new List<ushort>();
        foreach (int cp in candidates)
        {
            int f = folding.Fold(cp);
            int cls = folding.IsIgnorable(cp, f) ? AhoCorasickAutomaton.SkipClass : ClassOf(f);
            if (cls != AhoCorasickAutomaton.DeadClass)
            {
                suppKeys.Add(cp);
                suppClasses.Add((ushort)cls);
            }
        }

        return new AhoCorasickAutomaton(
            map, suppKeys.ToArray(), suppClasses.ToArray(), classCount, nodes, depthOf, outArray, outPatterns.ToArray(), maxLength);
    }

    private static string Escape(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s.Length > 40 ? s[..40] : s)
        {
            sb.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return s.Length > 40 ? sb.Append('…').ToString() : sb.ToString();
    }

    private readonly record struct QueueItem(int Slot, int Lo, int Hi, int Depth)
    {
        public int OwnOut { get; init; } = -1;
    }

    /// <summary>
    /// A growable double array with a free-slot bitmap. A single child goes to the first free slot; a wider child set
    /// is fitted 64 candidate bases at a time by AND-ing shifted bitmap words (one word per child, stopping as soon as
    /// the mask is empty), scanning forward from the first free slot. First fit keeps the array dense (wide sets
    /// interleave in each other's holes), and the bit-parallel test keeps it fast with a 10,000-class alphabet, where
    /// a slot-by-slot first fit took 20 s for 200,000 patterns and a bounded-probe fit wasted most of the array.
    /// </summary>
    private sealed class DoubleArray
    {
        private int[] _base;
        private int[] _check;
        private ulong[] _free; // bit set = slot free
        private int _firstFree;
        private int _denseCursor;
        private readonly int[] _widthCursor = new int[32];

        public DoubleArray(int capacity)
        {
            _base = [];
            _check = [];
            _free = [];
            Grow(capacity);
        }

        /// <summary>One past the highest occupied slot.</summary>
        public int UsedLength { get; private set; }

        public int GetBase(int s) => _base[s];

        public int GetCheck(int s) => _check[s];

        public void SetBase(int s, int value) => _base[s] = value;

        public void SetCheck(int s, int value) => _check[s] = value;

        public int FindBase(List<int> classes)
        {
            Debug.Assert(IsFree(_firstFree), "The first-free cursor points at a free slot.");
            int c0 = classes[0];
            if (classes.Count == 1)
            {
                return _firstFree - c0;
            }

            // Candidate bases b put the first child at or after the first free slot: b >= _firstFree - c0. Since the
            // classes ascend, every b + c >= _firstFree >= 0. Blocks of 64 slots that are nearly full are skipped for
            // good (darts' heuristic): their few holes are left to single children.
            while (_denseCursor >> 6 < _free.Length && System.Numerics.BitOperations.PopCount(_free[_denseCursor >> 6]) <= 4)
            {
                _denseCursor += 64;
            }

            // Child sets of similar width start where the previous one of that width fitted: the region before it was
            // too full then and has only filled up since. That makes the scan amortized linear per width bucket.
            // Narrow sets (under 8 children) fit quickly anywhere that is not nearly full, so they all share bucket 0
            // and keep filling the holes.
            int bucket = classes.Count < 8 ? 0 : System.Numerics.BitOperations.Log2((uint)classes.Count);
            int from = bucket == 0 ? Math.Max(_firstFree, _denseCursor) : Math.Max(Math.Max(_firstFree, _denseCursor), _widthCursor[bucket]);
            for (int b0 = from - c0; ; b0 += 64)
            {
                ulong mask = ulong.MaxValue;
                for (int k = 0; k < classes.Count && mask != 0; k++)
                {
                    mask &= FreeBits(b0 + classes[k]);
                }

                if (mask != 0)
                {
                    int b = b0 + System.Numerics.BitOperations.TrailingZeroCount(mask);
                    if (bucket != 0)
                    {
                        _widthCursor[bucket] = b + c0;
                    }

                    return b;
                }
            }
        }

        public void Occupy(int q)
        {
            if (q >= _check.Length)
            {
                Grow(Math.Max(_check.Length * 2, q + 64));
            }

            Debug.Assert(IsFree(q), "Slot is free.");
            _free[q >> 6] &= ~(1UL << (q & 63));
            _check[q] = int.MinValue; // occupied; the real parent is set by the caller
            UsedLength = Math.Max(UsedLength, q + 1);
            while (!IsFree(_firstFree))
            {
                _firstFree++;
                if (_firstFree >= _check.Length)
                {
                    Grow(_check.Length * 2);
                }
            }
        }

        private bool IsFree(int q) => q >= _check.Length || (_free[q >> 6] & (1UL << (q & 63))) != 0;

        /// <summary>Bit j set when slot <c>x + j</c> is free (slots past the end are free).</summary>
        private ulong FreeBits(int x)
        {
            int word = x >> 6;
            int offset = x & 63;
            ulong lo = word < _free.Length ? _free[word] : ulong.MaxValue;
            if (offset == 0)
            {
                return lo;
            }

            ulong hi = word + 1 < _free.Length ? _free[word + 1] : ulong.MaxValue;
            return (lo >> offset) | (hi << (64 - offset));
        }

        private void Grow(int capacity)
        {
            capacity = (capacity + 63) & ~63;
            int old = _check.Length;
            if (capacity <= old)
            {
                return;
            }

            Array.Resize(ref _base, capacity);
            Array.Resize(ref _check, capacity);
            Array.Resize(ref _free, capacity >> 6);
            _base.AsSpan(old).Fill(AhoCorasickAutomaton.LeafBase);
            _check.AsSpan(old).Fill(AhoCorasickAutomaton.FreeCheck);
            _free.AsSpan(old >> 6).Fill(ulong.MaxValue);
        }
    }
}
