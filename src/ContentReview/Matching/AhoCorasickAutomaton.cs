using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ContentReview.Matching;

/// <summary>
/// One state of the automaton, laid out so a transition touches a single 16-byte record: the double-array
/// <see cref="Base"/>/<see cref="Check"/> pair, the failure link and the output chain head.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct AcNode
{
    /// <summary>Offset of this state's children: the child on class <c>c</c> lives in slot <c>Base + c</c>.</summary>
    public int Base;

    /// <summary>The parent state of this slot; <see cref="AhoCorasickAutomaton.FreeCheck"/> for an unused slot.</summary>
    public int Check;

    /// <summary>The state of the longest proper suffix of this state's string that is a prefix of some pattern.</summary>
    public int Fail;

    /// <summary>Index of the first <see cref="OutEntry"/> of this state's output chain, or -1.</summary>
    public int Out;
}

/// <summary>
/// One slot of the search layout (<see cref="AhoCorasickAutomaton.Nodes"/>): 8 bytes, so twice as many states share the
/// caches as with the 16-byte canonical record. The output and failure link live in side arrays, read only when the flags
/// say they matter.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SearchNode
{
    /// <summary>Bit 31: the state ends at least one pattern (the value is negative).</summary>
    public const int HasOutputFlag = int.MinValue;

    /// <summary>Bit 30: the failure link is not the root.</summary>
    public const int DeepFailFlag = 1 << 30;

    /// <summary>
    /// Bit 29: the failure link is a state of depth 1 — the state the root goes to on the last character — so a failed
    /// transition can be resolved from the root row alone (the vector scan relies on it).
    /// </summary>
    public const int ShallowFailFlag = 1 << 29;

    /// <summary>Bits 0–28: the base.</summary>
    public const int BaseMask = ShallowFailFlag - 1;

    /// <summary>The parent state of this slot (a state number in the search layout), or a negative value for no state.</summary>
    public int Check;

    /// <summary>The base (<see cref="BaseMask"/>) and the <see cref="HasOutputFlag"/> / <see cref="DeepFailFlag"/> flags.</summary>
    public int BaseFlags;
}

/// <summary>
/// What the search needs of a state off its direct-transition path, in one 16-byte record so each rare event (a deep
/// failure, an output, a LeftmostLongest finality test) costs one cache line, not one per array.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct StateInfo
{
    /// <summary>The failure link (a state number in the search layout).</summary>
    public int Fail;

    /// <summary>The head of the output chain (an index into <see cref="AhoCorasickAutomaton.Outs"/>), or -1.</summary>
    public int Out;

    /// <summary>Depth: the state's string length in code points.</summary>
    public int Depth;

    /// <summary>Length of the longest pattern ending here (the head entry's), or 0.</summary>
    public int OutLength;
}

/// <summary>Patterns (one normalized string, possibly several duplicate indices) ending at a state.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct OutEntry
{
    /// <summary>Normalized pattern length in code points (the depth of the state that owns this entry).</summary>
    public int Length;

    /// <summary>First index into <see cref="AhoCorasickAutomaton.OutPatterns"/>.</summary>
    public int PatternStart;

    /// <summary>How many pattern indices (duplicates after normalization), ascending.</summary>
    public int PatternCount;

    /// <summary>Next (strictly shorter) entry of the chain, or -1.</summary>
    public int Next;
}

/// <summary>
/// The compiled, immutable automaton: a 64K char → class table that folds normalization and alphabet compression,
/// a double-array trie with failure links, and output chains. See Matching/DESIGN.md.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    /// <summary>Class of characters that occur in no pattern: the automaton returns to the root.</summary>
    public const int DeadClass = 0;

    /// <summary>Class of ignorable characters: transparent (the state does not change).</summary>
    public const int SkipClass = 1;

    /// <summary>
    /// Class of surrogates, either half: the search reads a pair at its low half and classifies it through the
    /// supplementary table (the high half alone changes nothing); a lone surrogate is dead.
    /// </summary>
    public const int SurrogateClass = 2;

    /// <summary>First class of a real pattern character.</summary>
    public const int FirstClass = 3;

    /// <summary>The largest number of classes a <see cref="ushort"/> table can hold.</summary>
    public const int MaxClassCount = ushort.MaxValue + 1;

    /// <summary>Slot of the root state in the canonical layout (in <see cref="Nodes"/> it is <see cref="RootState"/>).</summary>
    public const int Root = 0;

    /// <summary><see cref="AcNode.Check"/> of an unused slot (never equal to a state).</summary>
    public const int FreeCheck = -1;

    /// <summary><see cref="AcNode.Check"/> of the root (never equal to a state).</summary>
    public const int RootCheck = -2;

    /// <summary><see cref="AcNode.Base"/> of a state without children: <c>Base + class</c> is always negative.</summary>
    public const int LeafBase = -(1 << 30);

    /// <summary>
    /// Takes the canonical tables (as built and as saved: root in slot 0, <see cref="LeafBase"/> for leaves, bases possibly
    /// negative) and lays them out for the search loop; see <see cref="Nodes"/>.
    /// </summary>
    public AhoCorasickAutomaton(
        ushort[] classMap,
        int[] supplementaryKeys,
        ushort[] supplementaryClasses,
        int classCount,
        AcNode[] nodes,
        int[] depth,
        OutEntry[] outs,
        int[] outPatterns,
        int maxPatternLength)
    {
        Debug.Assert(classMap.Length == 0x10000, "One class per UTF-16 code unit.");
        Debug.Assert(supplementaryKeys.Length == supplementaryClasses.Length, "Parallel arrays.");
        Debug.Assert(nodes.Length == depth.Length && nodes.Length >= 1, "One depth per slot, root present.");
        ClassMap = classMap;
        SupplementaryKeys = supplementaryKeys;
        SupplementaryClasses = supplementaryClasses;
        ClassCount = classCount;
        Outs = outs;
        OutPatterns = outPatterns;
        MaxPatternLength = maxPatternLength;
        CanonicalLength = nodes.Length;
        (Nodes, Info, RootRow, Shift) = LayOut(nodes, depth, outs, classCount);
    }

    /// <summary>UTF-16 code unit → class (<see cref="DeadClass"/>, <see cref="SkipClass"/>, <see cref="SurrogateClass"/>, or ≥ <see cref="FirstClass"/>).</summary>
    public ushort[] ClassMap { get; }

    /// <summary>Supplementary code points (sorted) that fold to a pattern character or are ignorable.</summary>
    public int[] SupplementaryKeys { get; }

    /// <summary>The class of each <see cref="SupplementaryKeys"/> entry.</summary>
    public ushort[] SupplementaryClasses { get; }

    /// <summary>Number of classes including the three special ones.</summary>
    public int ClassCount { get; }

    /// <summary>
    /// The double array as the search loop reads it: the canonical slots moved up by <see cref="Shift"/> so every
    /// <c>Base + class</c> is at least 0, followed by <see cref="ClassCount"/> padding slots so it is always inside the
    /// array; childless states point their base into the padding. <see cref="SearchNode.Check"/> holds shifted state
    /// numbers; the root is <see cref="RootState"/>. No bounds check is needed on a transition.
    /// </summary>
    public SearchNode[] Nodes { get; }

    /// <summary>Failure link, output head, depth and head output length of each slot of <see cref="Nodes"/>.</summary>
    public StateInfo[] Info { get; }

    /// <summary>
    /// The root's transitions, dense by class: entry <c>c</c> is a copy of the slot of the state reached from the root on
    /// class <c>c</c> (the root itself for the dead class and classes no pattern starts with), with
    /// <see cref="SearchNode.Check"/> replaced by that state's number. A failed transition out of a state whose failure
    /// link is the root (most of them) is one load here.
    /// </summary>
    public SearchNode[] RootRow { get; }

    /// <summary>How far the canonical slots were moved up in <see cref="Nodes"/>.</summary>
    public int Shift { get; }

    /// <summary>The root's slot in <see cref="Nodes"/>.</summary>
    public int RootState => Shift;

    /// <summary>Number of slots in the canonical double array.</summary>
    public int CanonicalLength { get; }

    /// <summary>Output entries, referenced by <see cref="AcNode.Out"/> and chained by <see cref="OutEntry.Next"/>.</summary>
    public OutEntry[] Outs { get; }

    /// <summary>Pattern indices referenced by the output entries.</summary>
    public int[] OutPatterns { get; }

    /// <summary>The longest normalized pattern, in code points.</summary>
    public int MaxPatternLength { get; }

    /// <summary>Number of used slots (states), for diagnostics.</summary>
    public int CountStates()
    {
        int n = 0;
        foreach (ref readonly var node in Nodes.AsSpan(Shift, CanonicalLength))
        {
            if (node.Check != FreeCheck)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Approximate heap size of the compiled tables, in bytes.</summary>
    public long ApproximateSize =>
        (ClassMap.Length * 2L) + (SupplementaryKeys.Length * 6L) + (Nodes.Length * 24L) + (RootRow.Length * 8L)
        + (Outs.Length * 16L) + (OutPatterns.Length * 4L);

    /// <summary>The class of a supplementary code point (binary search; such characters are rare in text).</summary>
    public int SupplementaryClass(int codePoint)
    {
        int i = Array.BinarySearch(SupplementaryKeys, codePoint);
        return i >= 0 ? SupplementaryClasses[i] : DeadClass;
    }

    /// <summary>The canonical slots (as built and saved), reconstructed from the search layout.</summary>
    public (AcNode[] Nodes, int[] Depth) ToCanonical()
    {
        int k = Shift;
        int leafBase = k + CanonicalLength;
        var nodes = new AcNode[CanonicalLength];
        var depth = new int[CanonicalLength];
        for (int s = 0; s < nodes.Length; s++)
        {
            var node = Nodes[s + k];
            if (node.Check == FreeCheck)
            {
                nodes[s] = new AcNode { Base = LeafBase, Check = FreeCheck, Fail = 0, Out = -1 };
                continue;
            }

            int b = node.BaseFlags & SearchNode.BaseMask;
            nodes[s] = new AcNode
            {
                Base = b == leafBase ? LeafBase : b - k,
                Check = node.Check == RootCheck ? RootCheck : node.Check - k,
                Fail = Info[s + k].Fail - k,
                Out = Info[s + k].Out,
            };
            depth[s] = Info[s + k].Depth;
        }

        return (nodes, depth);
    }

    /// <summary>
    /// The search layout of <see cref="Nodes"/> from the canonical slots. States with children keep their base (moved up
    /// by the shift); childless states and unused slots get a base in the padding, where no <c>Check</c> matches.
    /// Relies only on the invariants the loader validates (children in range, classes below <paramref name="classCount"/>),
    /// so a loaded automaton can never make the unchecked search loop read outside the array.
    /// </summary>
    private static (SearchNode[] Nodes, StateInfo[] Info, SearchNode[] RootRow, int Shift) LayOut(
        AcNode[] canonical, int[] canonicalDepth, OutEntry[] outs, int classCount)
    {
        int n = canonical.Length;
        var hasChildren = new bool[n];
        for (int s = 1; s < n; s++)
        {
            int parent = canonical[s].Check;
            if (parent >= 0 && parent < n)
            {
                hasChildren[parent] = true;
            }
        }

        int k = 0;
        for (int s = 0; s < n; s++)
        {
            if (hasChildren[s])
            {
                k = Math.Max(k, -canonical[s].Base);
            }
        }

        long length = (long)k + n + classCount;
        if (length > SearchNode.BaseMask)
        {
            throw new InvalidOperationException($"The automaton is too large ({length:N0} slots; at most {SearchNode.BaseMask:N0}).");
        }

        int leafBase = k + n;
        var nodes = new SearchNode[length];
        var info = new StateInfo[length];
        nodes.AsSpan().Fill(new SearchNode { Check = FreeCheck, BaseFlags = leafBase });
        info.AsSpan().Fill(new StateInfo { Fail = k, Out = -1, Depth = 0, OutLength = 0 });
        for (int s = 0; s < n; s++)
        {
            var node = canonical[s];
            if (node.Check == FreeCheck)
            {
                continue;
            }

            int slot = s + k;
            bool deep = node.Fail != Root && s != Root;
            int flags = (node.Out >= 0 ? SearchNode.HasOutputFlag : 0) | (deep ? SearchNode.DeepFailFlag : 0)
                | (deep && canonicalDepth[node.Fail] == 1 ? SearchNode.ShallowFailFlag : 0);
            nodes[slot] = new SearchNode
            {
                Check = node.Check == RootCheck ? RootCheck : node.Check + k,
                BaseFlags = (hasChildren[s] ? node.Base + k : leafBase) | flags,
            };
            info[slot] = new StateInfo
            {
                Fail = node.Fail + k,
                Out = node.Out,
                Depth = canonicalDepth[s],
                OutLength = node.Out >= 0 ? outs[node.Out].Length : 0,
            };
        }

        var rootRow = new SearchNode[classCount];
        int rootBase = nodes[k].BaseFlags & SearchNode.BaseMask;
        for (int c = 0; c < classCount; c++)
        {
            int target = c >= FirstClass && nodes[rootBase + c].Check == k ? rootBase + c : k;
            rootRow[c] = new SearchNode { Check = target, BaseFlags = nodes[target].BaseFlags };
        }

        return (nodes, info, rootRow, k);
    }
}
