using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ContentReview.Matching;

/// <summary>
/// Enumerates <see cref="PatternMatch"/> values lazily; use with <c>foreach</c> on the result of
/// <see cref="MultiPatternMatcher.FindAll"/>. Nothing is allocated per match; the scan buffer is rented from
/// <see cref="ArrayPool{T}.Shared"/> and returned by <see cref="Dispose"/>, which <c>foreach</c> calls.
/// </summary>
/// <remarks>
/// Two stages (see Matching/DESIGN.md, "Search: a scanner and a reporter"). The <b>scanner</b> runs the plain
/// Aho-Corasick automaton — it never restarts — over a block of text and writes an event for every position where a
/// state with output is entered (and for every ignorable character or surrogate pair, which start offsets need), in text
/// order. With AVX2 a block is cut into eight lanes run side by side in two <see cref="Vector256{T}"/> of states, with
/// gathered table reads and no data-dependent branch; each lane is primed on the code points before it. The <b>reporter</b> reads the events:
/// <see cref="MatchKind.All"/> reports each output chain; <see cref="MatchKind.LeftmostLongest"/> keeps a candidate and
/// reports it once no later match can start at or before it.
/// </remarks>
public ref struct MatchEnumerator
{
    /// <summary>Code units each of the eight lanes of the vector scan reads per block.</summary>
    internal const int LaneChars = 512;

    /// <summary>Lanes of the vector scan (one <see cref="Vector256{T}"/> of states).</summary>
    internal const int Lanes = 8;

    /// <summary>The shortest lane worth priming; shorter texts are scanned one code unit at a time.</summary>
    internal const int MinLaneChars = 32;

    /// <summary>Buffer room beyond one event per code unit (a surrogate pair split by a lane or block start gives its low half two).</summary>
    private const int Slack = (2 * Lanes) + 8;

    // An event is (position << 32) | state: a state with output was entered by the code unit before position; or, with the
    // state IrregularEvent, an ignorable character or surrogate pair ended at position.
    private const int IrregularEvent = -1;

    private readonly ReadOnlySpan<char> _text;
    private readonly AhoCorasickAutomaton _ac;
    private readonly bool _leftmost;
    private readonly bool _vector;

    // Scanner: has read text[.._scanPos) and is in the packed state _scanCur (see Step).
    private int _scanPos;
    private long _scanCur;

    // Events of the last block, in text order; the vector scan's work area.
    private long[]? _events;
    private long[]? _lanes;
    private int _eventCount;
    private int _eventIndex;

    private int _irregularEnd; // end of the last ignorable character or surrogate pair among the events read

    // LeftmostLongest: matches must start at or after _resume (the end of the last one reported); the best one so far.
    private int _resume;
    private int _candPattern;
    private int _candStart;
    private int _candLength; // in code points
    private int _candEnd;
    private int _replayFrom; // the event after the candidate's: where reading resumes once the candidate is reported

    // All: the output chain still to report at _pendingEnd.
    private int _pendingEntry;
    private int _pendingIndex;
    private int _pendingEnd;

    private PatternMatch _current;

    /// <param name="matcher">The matcher.</param>
    /// <param name="text">The text.</param>
    /// <param name="allowVector">Whether the vector scan may be used (when AVX2 is there); tests run both scans.</param>
    internal MatchEnumerator(MultiPatternMatcher matcher, ReadOnlySpan<char> text, bool allowVector = true)
    {
        _text = text;
        _vector = allowVector && Avx2.IsSupported;
        _ac = matcher.Automaton;
        _leftmost = matcher.MatchKind == MatchKind.LeftmostLongest;
        _candPattern = -1;
        _pendingEntry = -1;
        _scanCur = Pack(_ac.RootState, _ac.Nodes[_ac.RootState].BaseFlags);
    }

    /// <summary>The current match.</summary>
    public readonly PatternMatch Current => _current;

    /// <summary>Returns this enumerator, so <c>foreach</c> works on the result of <see cref="MultiPatternMatcher.FindAll"/>.</summary>
    public readonly MatchEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next match.</summary>
    /// <returns><c>true</c> while there is a match.</returns>
    public bool MoveNext() => _ac is not null && (_leftmost ? MoveNextLeftmost() : MoveNextAll());

    /// <summary>
    /// Returns the scan buffers to the pool (<c>foreach</c> calls this); <see cref="MoveNext"/> returns <c>false</c> after
    /// it. An enumerator that is never disposed only leaves its buffers to the garbage collector. Do not dispose a copy
    /// of an enumerator in use as well as the enumerator itself.
    /// </summary>
    public void Dispose()
    {
        _scanPos = _text.Length;
        _eventCount = _eventIndex = 0;
        _candPattern = -1;
        _pendingEntry = -1;
        if (_events is { } events)
        {
            _events = null;
            ArrayPool<long>.Shared.Return(events);
        }

        if (_lanes is { } lanes)
        {
            _lanes = null;
            ArrayPool<long>.Shared.Return(lanes);
        }
    }

    private bool MoveNextAll()
    {
        if (_pendingEntry >= 0)
        {
            EmitPending();
            return true;
        }

        while (true)
        {
            if (_eventIndex == _eventCount)
            {
                if (!Refill())
                {
                    return false;
                }

                continue; // (a block may have no events)
            }

            long ev = _events![_eventIndex++];
            int s = (int)ev;
            int end = (int)(ev >> 32);
            if (s == IrregularEvent)
            {
                _irregularEnd = end;
                continue;
            }

            _pendingEntry = _ac.Info[s].Out;
            _pendingIndex = 0;
            _pendingEnd = end;
            EmitPending();
            return true;
        }
    }

    private void EmitPending()
    {
        ref readonly OutEntry e = ref _ac.Outs[_pendingEntry];
        int pattern = _ac.OutPatterns[e.PatternStart + _pendingIndex];
        int start = StartOf(_pendingEnd, e.Length);
        _current = new PatternMatch(pattern, start, _pendingEnd - start);
        if (++_pendingIndex == e.PatternCount)
        {
            _pendingEntry = e.Next;
            _pendingIndex = 0;
        }
    }

    private bool MoveNextLeftmost()
    {
        var info = _ac.Info;
        while (true)
        {
            if (_eventIndex == _eventCount)
            {
                if (Refill())
                {
                    continue; // (a block may have no events)
                }

                if (_candPattern >= 0)
                {
                    EmitCandidate();
                    return true;
                }

                return false;
            }

            long ev = _events![_eventIndex];
            int s = (int)ev;
            int end = (int)(ev >> 32);
            if (s == IrregularEvent)
            {
                _irregularEnd = end;
                _eventIndex++;
                continue;
            }

            ref readonly StateInfo si = ref info[s];

            // Every match ending here or later starts inside the longest suffix that is a prefix of a pattern, so when that
            // starts after the candidate, nothing can beat the candidate any more. (That suffix may start before _resume,
            // while a shorter one that does not is still open: then the candidate just waits for a later event.)
            if (_candPattern >= 0 && StartOf(end, si.Depth) > _candStart)
            {
                // Report it and read again from the event after it: matches passed over while it waited may start at or
                // after its end.
                EmitCandidate();
                return true;
            }

            _eventIndex++;
            int start = StartOf(end, si.OutLength);
            if (start >= _resume)
            {
                Consider(start, si.OutLength, end, _ac.Outs[si.Out].PatternStart);
            }
            else
            {
                ConsiderShorter(si.Out, end);
            }
        }
    }

    /// <summary>The longest pattern at <paramref name="end"/> starts before <c>_resume</c>: the longest one that does not (if any) is considered.</summary>
    private void ConsiderShorter(int entry, int end)
    {
        var outs = _ac.Outs;
        for (entry = outs[entry].Next; entry >= 0; entry = outs[entry].Next)
        {
            int start = StartOf(end, outs[entry].Length);
            if (start >= _resume)
            {
                Consider(start, outs[entry].Length, end, outs[entry].PatternStart);
                return;
            }
        }
    }

    /// <summary>A match (the lowest pattern index of an output entry) becomes the candidate if it starts earlier, or as early and is longer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Consider(int start, int length, int end, int patternStart)
    {
        if (_candPattern < 0 || start < _candStart || (start == _candStart && length > _candLength))
        {
            _candPattern = _ac.OutPatterns[patternStart];
            _candStart = start;
            _candLength = length;
            _candEnd = end;
            _replayFrom = _eventIndex; // (already past the candidate's event)
        }
    }

    private void EmitCandidate()
    {
        _current = new PatternMatch(_candPattern, _candStart, _candEnd - _candStart);
        _resume = _candEnd;
        _candPattern = -1;
        _eventIndex = _replayFrom;
    }

    /// <summary>Scans the next block of text into the event buffer; <c>false</c> at the end of the text.</summary>
    private bool Refill()
    {
        int length = _text.Length;
        int from = _scanPos;
        if (from >= length)
        {
            return false;
        }

        int to = length - from <= Lanes * LaneChars ? length : from + (Lanes * LaneChars);
        int total = to - from;

        // A waiting candidate may still be reported, and then the events after it are read again: keep those.
        int kept = _candPattern >= 0 ? _eventCount - _replayFrom : 0;
        int needed = kept + total + Slack;
        if (_events is null || needed > _events.Length)
        {
            var larger = ArrayPool<long>.Shared.Rent(Math.Max(needed, Math.Min(length, Lanes * LaneChars) + Slack));
            if (_events is not null)
            {
                _events.AsSpan(_replayFrom, kept).CopyTo(larger);
                ArrayPool<long>.Shared.Return(_events);
            }

            _events = larger;
        }
        else if (kept > 0)
        {
            _events.AsSpan(_replayFrom, kept).CopyTo(_events);
        }

        _replayFrom = 0;
        _eventIndex = kept;

        int lane = total / Lanes;
        int prime = lane >= MinLaneChars && _vector ? PrimeLength(from, lane) : int.MaxValue;
        if (prime <= lane / 2)
        {
            _eventCount = ScanVector(from, lane, prime, to, kept);
        }
        else
        {
            int n = kept;
            _scanCur = ScanRange(_ac, _text, from, to, _scanCur, ref MemoryMarshal.GetArrayDataReference(_events), ref n);
            _eventCount = n;
        }

        _scanPos = to;
        return true;
    }

    /// <summary>
    /// How many code units before its start each lane must read so that its state is exact there: enough for
    /// <see cref="AhoCorasickAutomaton.MaxPatternLength"/> code points that are not ignorable (no state is deeper), the
    /// most any of the lanes needs, or fewer at the start of the text.
    /// </summary>
    private readonly int PrimeLength(int from, int lane)
    {
        int prime = 0;
        for (int k = 0; k < Lanes; k++)
        {
            int start = from + (k * lane);
            prime = Math.Max(prime, start - WalkBack(start, _ac.MaxPatternLength));
        }

        return prime;
    }

    /// <summary>
    /// The vector scan of text[<paramref name="from"/>..<paramref name="to"/>): lane k reports the <paramref name="lane"/>
    /// code units from <c>from + k·lane</c> and starts <paramref name="prime"/> code units earlier, from the root (before the
    /// start of the text it reads ignorable characters). A lane's state is the packed 64-bit state-and-flags of
    /// <see cref="Step"/>; the eight lanes are two <see cref="Vector256{T}"/> of four. Each step reads one code unit per lane
    /// (the classes of the block are looked up first, into a step-major array) and makes every table read that depends on
    /// the state a gather — the 8-byte slot <c>base + class</c>, the root row, and, for a state whose failure link is the
    /// depth-1 state of the last character, that state's slot on the class (its root-row entry is carried from the
    /// previous step) — and a mask picks the result, so there is no branch on the data. Rare lanes (a surrogate, a failure more than one link deep) are finished one by
    /// one. The states and the output / irregular bits of every step are kept and turned into events lane by lane, in text
    /// order, from index <paramref name="first"/>. The remainder (fewer than <see cref="Lanes"/> code units) is scanned one
    /// at a time, continuing lane 7.
    /// </summary>
    private unsafe int ScanVector(int from, int lane, int prime, int to, int first)
    {
        var ac = _ac;
        int steps = prime + lane;
        int groups = (steps + 63) / 64;
        int work = (2 * steps * Lanes) + (2 * groups * Lanes);
        if (_lanes is null || _lanes.Length < work)
        {
            if (_lanes is not null)
            {
                ArrayPool<long>.Shared.Return(_lanes);
            }

            _lanes = ArrayPool<long>.Shared.Rent(work);
        }

        int length = _text.Length;
        var fixups = stackalloc long[6 * 4];
        Vector256<long> curB;
        fixed (char* text = _text)
        fixed (ushort* map = ac.ClassMap)
        fixed (SearchNode* nodes = ac.Nodes)
        fixed (SearchNode* rootRow = ac.RootRow)
        fixed (long* area = _lanes)
        {
            long* states = area; // [step][lane]
            long* classes = area + (steps * Lanes); // [step][lane]
            ulong* outBits = (ulong*)(classes + (steps * Lanes)); // [group][lane], bit i = step 64·group + i
            ulong* irregularBits = outBits + (groups * Lanes);
            var v = new VectorTables(nodes, rootRow);

            // The classes first, lane by lane, in the order the steps read them (a plain load per step instead of two
            // gathers); before the start of the text, the ignorable class.
            for (int k = 0; k < Lanes; k++)
            {
                int start = from - prime + (k * lane);
                long* column = classes + k;
                for (int i = 0; i < steps; i++)
                {
                    int p = start + i;
                    column[i * Lanes] = p >= 0 ? map[text[p]] : AhoCorasickAutomaton.SkipClass;
                }
            }

            var lanes = new VectorLanes();
            var startA = (Vector256.Create(0L, 1, 2, 3) * lane) + Vector256.Create((long)(from - prime)); // lane k at step 0
            var startB = startA + Vector256.Create(4L * lane);
            lanes.CurA = lanes.CurB = Vector256.Create(Pack(ac.RootState, ac.Nodes[ac.RootState].BaseFlags));
            lanes.LastA = lanes.LastB = lanes.CurA; // (any value: the root is not left by a failure)
            var rows = new VectorRows(states, classes, outBits, irregularBits);
            int j = 0;
            while ((j = VectorRun(in v, ref lanes, in rows, j, steps)) < steps)
            {
                // Step j has a lane the vector code does not finish: do the step here, with those lanes one by one.
                var lastBeforeA = lanes.LastA;
                var lastBeforeB = lanes.LastB;
                var clsA = Vector256.Load(classes + (j * Lanes));
                var clsB = Vector256.Load(classes + (j * Lanes) + 4);
                var nextA = VectorStep(in v, clsA, lanes.CurA, ref lanes.LastA, out var keptA, out var rareA);
                var nextB = VectorStep(in v, clsB, lanes.CurB, ref lanes.LastB, out var keptB, out var rareB);
                var irregularA = keptA; // (the priming steps' bits, before the start of the text included, are not read)
                var irregularB = keptB;
                var step = Vector256.Create((long)j);
                FinishRareLanes(ac, text, length, fixups, rareA, startA + step, clsA, lanes.CurA, lastBeforeA, ref nextA, ref lanes.LastA, ref irregularA, ref keptA);
                FinishRareLanes(ac, text, length, fixups, rareB, startB + step, clsB, lanes.CurB, lastBeforeB, ref nextB, ref lanes.LastB, ref irregularB, ref keptB);
                Commit(ref lanes, in rows, j, nextA, nextB, keptA, keptB, irregularA, irregularB);
                j++;
            }

            var outA = lanes.OutA;
            var outB = lanes.OutB;
            var irrA = lanes.IrrA;
            var irrB = lanes.IrrB;
            curB = lanes.CurB;
            int rest = steps & 63;
            if (rest != 0)
            {
                int g = (groups - 1) * Lanes;
                Vector256.ShiftRightLogical(outA, 64 - rest).AsUInt64().Store(outBits + g);
                Vector256.ShiftRightLogical(outB, 64 - rest).AsUInt64().Store(outBits + g + 4);
                Vector256.ShiftRightLogical(irrA, 64 - rest).AsUInt64().Store(irregularBits + g);
                Vector256.ShiftRightLogical(irrB, 64 - rest).AsUInt64().Store(irregularBits + g + 4);
            }

            // Events, lane by lane (so in text order), for the steps after the priming.
            ref long events = ref MemoryMarshal.GetArrayDataReference(_events!);
            int n = first;
            for (int k = 0; k < Lanes; k++)
            {
                long end = (long)(from + (k * lane) - prime + 1) << 32; // the event position of step 0 of lane k
                for (int g = prime >> 6; g < groups; g++)
                {
                    ulong outs = outBits[(g * Lanes) + k];
                    ulong irregulars = irregularBits[(g * Lanes) + k];
                    ulong any = outs | irregulars;
                    if (g == prime >> 6)
                    {
                        any &= ~0UL << (prime & 63);
                    }

                    while (any != 0)
                    {
                        int i = BitOperations.TrailingZeroCount(any);
                        any &= any - 1;
                        int step = (g << 6) + i;
                        long at = end + ((long)step << 32);
                        if ((irregulars >> i & 1) != 0)
                        {
                            Unsafe.Add(ref events, n++) = at | unchecked((uint)IrregularEvent);
                        }

                        if ((outs >> i & 1) != 0)
                        {
                            Unsafe.Add(ref events, n++) = at | (uint)states[(step * Lanes) + k];
                        }
                    }
                }
            }

            // The remainder, continuing lane 7.
            _scanCur = ScanRange(ac, _text, from + (Lanes * lane), to, curB.GetElement(3), ref events, ref n);
            return n;
        }
    }

    /// <summary>The vector scan's lanes between runs: states, last root-row entries, output and irregular bits.</summary>
    private struct VectorLanes
    {
        public Vector256<long> CurA, CurB, LastA, LastB, OutA, OutB, IrrA, IrrB;
    }

    /// <summary>Where the vector scan keeps each step's states and each group's bits (pinned by the caller).</summary>
    private readonly unsafe struct VectorRows(long* states, long* classes, ulong* outBits, ulong* irregularBits)
    {
        public readonly long* States = states;
        public readonly long* Classes = classes;
        public readonly ulong* OutBits = outBits;
        public readonly ulong* IrregularBits = irregularBits;
    }

    /// <summary>
    /// Runs vector steps from <paramref name="j"/> until <paramref name="steps"/> or a step with a lane the vector code
    /// does not finish, whose index it returns (that step not taken). A method without calls, so the lanes stay in
    /// registers; it is re-entered after each such step. Compiled fully optimized from the first call: a loop of
    /// gathers is very slow as unoptimized code, and profile data would not change it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int VectorRun(in VectorTables v, ref VectorLanes lanes, in VectorRows rows, int j, int steps)
    {
        var signBit = Vector256.Create(long.MinValue);
        var curA = lanes.CurA;
        var curB = lanes.CurB;
        var lastA = lanes.LastA;
        var lastB = lanes.LastB;
        var outA = lanes.OutA;
        var outB = lanes.OutB;
        var irrA = lanes.IrrA;
        var irrB = lanes.IrrB;
        long* states = rows.States;
        for (; j < steps; j++)
        {
            var newLastA = lastA;
            var newLastB = lastB;
            var nextA = VectorStep(in v, Vector256.Load(rows.Classes + (j * Lanes)), curA, ref newLastA, out var keptA, out var rareA);
            var nextB = VectorStep(in v, Vector256.Load(rows.Classes + (j * Lanes) + 4), curB, ref newLastB, out var keptB, out var rareB);
            if ((rareA | rareB) != Vector256<long>.Zero)
            {
                break;
            }

            lastA = newLastA;
            lastB = newLastB;
            curA = nextA;
            curB = nextB;
            curA.Store(states + (j * Lanes));
            curB.Store(states + (j * Lanes) + 4);

            // A state kept (ignorable character) is not entered again: no output there.
            outA = Vector256.ShiftRightLogical(outA, 1) | Vector256.AndNot(curA & signBit, keptA);
            outB = Vector256.ShiftRightLogical(outB, 1) | Vector256.AndNot(curB & signBit, keptB);
            irrA = Vector256.ShiftRightLogical(irrA, 1) | (keptA & signBit);
            irrB = Vector256.ShiftRightLogical(irrB, 1) | (keptB & signBit);
            if ((j & 63) == 63)
            {
                int g = (j >> 6) * Lanes;
                outA.AsUInt64().Store(rows.OutBits + g);
                outB.AsUInt64().Store(rows.OutBits + g + 4);
                irrA.AsUInt64().Store(rows.IrregularBits + g);
                irrB.AsUInt64().Store(rows.IrregularBits + g + 4);
            }

        }

        lanes.CurA = curA;
        lanes.CurB = curB;
        lanes.LastA = lastA;
        lanes.LastB = lastB;
        lanes.OutA = outA;
        lanes.OutB = outB;
        lanes.IrrA = irrA;
        lanes.IrrB = irrB;
        return j;
    }

    /// <summary>Takes step <paramref name="j"/> (the one <see cref="VectorRun"/> stopped at, finished lane by lane).</summary>
    private static unsafe void Commit(
        ref VectorLanes lanes,
        in VectorRows rows,
        int j,
        Vector256<long> nextA,
        Vector256<long> nextB,
        Vector256<long> keptA,
        Vector256<long> keptB,
        Vector256<long> irregularA,
        Vector256<long> irregularB)
    {
        var signBit = Vector256.Create(long.MinValue);
        lanes.CurA = nextA;
        lanes.CurB = nextB;
        nextA.Store(rows.States + (j * Lanes));
        nextB.Store(rows.States + (j * Lanes) + 4);
        lanes.OutA = Vector256.ShiftRightLogical(lanes.OutA, 1) | Vector256.AndNot(nextA & signBit, keptA);
        lanes.OutB = Vector256.ShiftRightLogical(lanes.OutB, 1) | Vector256.AndNot(nextB & signBit, keptB);
        lanes.IrrA = Vector256.ShiftRightLogical(lanes.IrrA, 1) | (irregularA & signBit);
        lanes.IrrB = Vector256.ShiftRightLogical(lanes.IrrB, 1) | (irregularB & signBit);
        if ((j & 63) == 63)
        {
            int g = (j >> 6) * Lanes;
            lanes.OutA.AsUInt64().Store(rows.OutBits + g);
            lanes.OutB.AsUInt64().Store(rows.OutBits + g + 4);
            lanes.IrrA.AsUInt64().Store(rows.IrregularBits + g);
            lanes.IrrB.AsUInt64().Store(rows.IrregularBits + g + 4);
        }

    }

    /// <summary>The tables the vector step reads, as pointers (pinned by the caller).</summary>
    private readonly unsafe struct VectorTables(SearchNode* nodes, SearchNode* rootRow)
    {
        /// <summary>Slots as 64-bit values: Check in the low half, BaseFlags in the high half.</summary>
        public readonly long* Nodes = (long*)nodes;

        /// <summary>Root row entries, packed the same way (a state and its flags).</summary>
        public readonly long* RootRow = (long*)rootRow;
    }

    /// <summary>
    /// One step of four lanes on the classes <paramref name="cls"/> from the packed states <paramref name="cur"/>.
    /// <paramref name="last"/> holds, per lane, the root row's entry for the last character read (the state of depth 1
    /// the root goes to on it), and is updated. Also returns the lanes whose state is kept (ignorable character, or
    /// before the text), and the lanes the vector code cannot finish (a surrogate, a failure out of a state whose failure
    /// link is deeper than 1). The three table gathers depend on the step's inputs only, not on each other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<long> VectorStep(
        in VectorTables v,
        Vector256<long> cls,
        Vector256<long> cur,
        ref Vector256<long> last,
        out Vector256<long> kept,
        out Vector256<long> rare)
    {
        var baseMask = Vector256.Create((long)SearchNode.BaseMask);
        var deepFlag = Vector256.Create((long)SearchNode.DeepFailFlag << 32);
        var shallowFlag = Vector256.Create((long)SearchNode.ShallowFailFlag << 32);
        var high = Vector256.Create(unchecked((long)0xFFFF_FFFF_0000_0000UL));
        var skipClass = Vector256.Create((long)AhoCorasickAutomaton.SkipClass);

        kept = Vector256.Equals(cls, skipClass);

        // The slot base + class: a hit when its Check is the state.
        var t = (Vector256.ShiftRightLogical(cur, 32) & baseMask) + cls;
        var slot = Avx2.GatherVector256(v.Nodes, t, 8);
        var hit = Vector256.Equals(Vector256.ShiftLeft(slot ^ cur, 32), Vector256<long>.Zero);

        // A failure: to the root row's entry, unless the failure link (when it is the depth-1 state of the last character)
        // has the transition. The dead class always goes to the root.
        var viaRoot = Avx2.GatherVector256(v.RootRow, cls, 8);
        var t2 = (Vector256.ShiftRightLogical(last, 32) & baseMask) + cls;
        var slot2 = Avx2.GatherVector256(v.Nodes, t2, 8);
        var deep = Vector256.AndNot(Vector256.Equals(cur & deepFlag, deepFlag), hit | Vector256.Equals(cls, Vector256<long>.Zero));
        var shallow = Vector256.Equals(cur & shallowFlag, shallowFlag);
        var take2 = deep & shallow & Vector256.Equals(Vector256.ShiftLeft(slot2 ^ last, 32), Vector256<long>.Zero);
        var next = Vector256.ConditionalSelect(
            hit, (slot & high) | t, Vector256.ConditionalSelect(take2, (slot2 & high) | t2, viaRoot));

        rare = Vector256.AndNot(deep, shallow | kept) | Vector256.Equals(cls, Vector256.Create((long)AhoCorasickAutomaton.SurrogateClass));
        last = Vector256.ConditionalSelect(kept, last, viaRoot);
        return Vector256.ConditionalSelect(kept, cur, next);
    }

    /// <summary>
    /// The lanes of one vector step (four of them) that the vector code does not finish: a surrogate (the high half of a
    /// pair changes nothing, the low half reads the pair and is irregular, a lone one is dead), or a failure more than one
    /// link deep. Each is redone from the step's old state (<paramref name="cur"/>, <paramref name="lastBefore"/>) with the
    /// one-at-a-time <see cref="Step"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe void FinishRareLanes(
        AhoCorasickAutomaton ac,
        char* text,
        int length,
        long* area,
        Vector256<long> rare,
        Vector256<long> pos,
        Vector256<long> cls,
        Vector256<long> cur,
        Vector256<long> lastBefore,
        ref Vector256<long> next,
        ref Vector256<long> last,
        ref Vector256<long> irregular,
        ref Vector256<long> kept)
    {
        uint lanes = rare.ExtractMostSignificantBits();
        if (lanes == 0)
        {
            return;
        }

        long* positions = area;
        long* classes = area + 4;
        long* old = area + 8;
        long* result = area + 12;
        long* lasts = area + 16;
        long* lastsBefore = area + 20;
        lastBefore.Store(lastsBefore);
        pos.Store(positions);
        cls.Store(classes);
        cur.Store(old);
        next.Store(result);
        last.Store(lasts);
        uint irregularLanes = irregular.ExtractMostSignificantBits();
        uint keptLanes = kept.ExtractMostSignificantBits();
        while (lanes != 0)
        {
            int k = BitOperations.TrailingZeroCount(lanes);
            lanes &= lanes - 1;
            int p = (int)positions[k];
            int c = (int)classes[k];
            long state = old[k];
            if (c == AhoCorasickAutomaton.SurrogateClass)
            {
                c = ClassifySurrogate(ac, new ReadOnlySpan<char>(text, length), p, out bool pair);
                if (pair)
                {
                    irregularLanes |= 1u << k;
                }
            }

            if (c == AhoCorasickAutomaton.SkipClass)
            {
                // The first half of a pair, or an ignorable pair: nothing changes, not even the last real character.
                keptLanes |= 1u << k;
                result[k] = state;
                lasts[k] = lastsBefore[k];
            }
            else
            {
                result[k] = Step(ac, state, c);
                lasts[k] = Unsafe.As<SearchNode, long>(ref ac.RootRow[c]);
            }
        }

        next = Vector256.Load(result);
        last = Vector256.Load(lasts);
        irregular = LaneMask(irregularLanes);
        kept = LaneMask(keptLanes);
    }

    /// <summary>Bit k of <paramref name="bits"/> → lane k all ones (four lanes).</summary>
    private static Vector256<long> LaneMask(uint bits)
    {
        var laneBits = Vector256.Create(1L, 2, 4, 8);
        return Vector256.Equals(Vector256.Create((long)bits) & laneBits, laneBits);
    }

    /// <summary>A state and its <see cref="SearchNode.BaseFlags"/> in one register: state in the low half, flags in the high half (so output = negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Pack(int state, int flags) => ((long)flags << 32) | (uint)state;

    /// <summary>One transition of the packed state <paramref name="cur"/> on a real class (or the dead class).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Step(AhoCorasickAutomaton ac, long cur, int cls)
    {
        ref SearchNode nodes = ref MemoryMarshal.GetArrayDataReference(ac.Nodes);
        int s = (int)cur;
        int flags = (int)(cur >> 32);

        // Every base + class is inside the array by construction (see AhoCorasickAutomaton.Nodes): no bounds check.
        int t = (flags & SearchNode.BaseMask) + cls;
        ref SearchNode slot = ref Unsafe.Add(ref nodes, t);
        if (slot.Check == s)
        {
            return Pack(t, slot.BaseFlags);
        }

        if ((flags & SearchNode.DeepFailFlag) == 0 || cls == AhoCorasickAutomaton.DeadClass)
        {
            return Unsafe.As<SearchNode, long>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ac.RootRow), cls));
        }

        return DeepFailure(ac, s, cls);
    }

    /// <summary>The failed transition on <paramref name="cls"/> out of <paramref name="s"/>, whose failure link is not the root.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long DeepFailure(AhoCorasickAutomaton ac, int s, int cls)
    {
        var nodes = ac.Nodes;
        var info = ac.Info;
        int root = ac.RootState;
        for (int f = info[s].Fail; f != root; f = info[f].Fail)
        {
            int u = (nodes[f].BaseFlags & SearchNode.BaseMask) + cls;
            if (nodes[u].Check == f)
            {
                return Pack(u, nodes[u].BaseFlags);
            }
        }

        return Unsafe.As<SearchNode, long>(ref ac.RootRow[cls]);
    }

    /// <summary>
    /// Scans text[<paramref name="from"/>..<paramref name="to"/>) one code unit at a time from <paramref name="cur"/>,
    /// writing events at <paramref name="events"/>[<paramref name="n"/>…].
    /// </summary>
    private static long ScanRange(AhoCorasickAutomaton ac, ReadOnlySpan<char> text, int from, int to, long cur, ref long events, ref int n)
    {
        ref char chars = ref MemoryMarshal.GetReference(text);
        ref ushort map = ref MemoryMarshal.GetArrayDataReference(ac.ClassMap);
        int count = n;
        for (int i = from; i < to; i++)
        {
            int cls = Unsafe.Add(ref map, Unsafe.Add(ref chars, i));
            if ((uint)(cls - AhoCorasickAutomaton.SkipClass) <= AhoCorasickAutomaton.SurrogateClass - AhoCorasickAutomaton.SkipClass)
            {
                cur = StepAt(ac, text, i, cur, ref events, ref count);
                continue;
            }

            cur = Step(ac, cur, cls);
            if (cur < 0)
            {
                Unsafe.Add(ref events, count++) = ((long)(i + 1) << 32) | (uint)cur;
            }
        }

        n = count;
        return cur;
    }

    /// <summary>
    /// The one-at-a-time step for an ignorable character or a surrogate at <paramref name="i"/>: an ignorable character
    /// leaves the state alone; the high half of a pair waits for its low half, where the pair is classified; a lone
    /// surrogate is dead. Writes the irregular event (for start offsets) and the output event.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long StepAt(AhoCorasickAutomaton ac, ReadOnlySpan<char> text, int i, long cur, ref long events, ref int n)
    {
        int cls = ac.ClassMap[text[i]];
        if (cls == AhoCorasickAutomaton.SurrogateClass)
        {
            cls = ClassifySurrogate(ac, text, i, out bool pair);
            if (pair)
            {
                Unsafe.Add(ref events, n++) = ((long)(i + 1) << 32) | unchecked((uint)IrregularEvent);
            }

            if (cls == AhoCorasickAutomaton.SkipClass)
            {
                return cur; // the first half of a pair (read at its low half), or an ignorable pair
            }
        }
        else if (cls == AhoCorasickAutomaton.SkipClass)
        {
            Unsafe.Add(ref events, n++) = ((long)(i + 1) << 32) | unchecked((uint)IrregularEvent);
            return cur;
        }

        cur = Step(ac, cur, cls);
        if (cur < 0)
        {
            Unsafe.Add(ref events, n++) = ((long)(i + 1) << 32) | (uint)cur;
        }

        return cur;
    }

    /// <summary>
    /// The class of the surrogate at <paramref name="i"/>: the skip class for the high half of a pair (the pair is read at
    /// its low half), the pair's class from the supplementary table at the low half (<paramref name="pair"/> is then true:
    /// an irregular character for start offsets), the dead class for a lone surrogate.
    /// </summary>
    private static int ClassifySurrogate(AhoCorasickAutomaton ac, ReadOnlySpan<char> text, int i, out bool pair)
    {
        char unit = text[i];
        pair = false;
        if (char.IsHighSurrogate(unit))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? AhoCorasickAutomaton.SkipClass : AhoCorasickAutomaton.DeadClass;
        }

        if (i > 0 && char.IsHighSurrogate(text[i - 1]))
        {
            pair = true;
            return ac.SupplementaryClass(char.ConvertToUtf32(text[i - 1], unit));
        }

        return AhoCorasickAutomaton.DeadClass;
    }

    /// <summary>
    /// The original start offset of a match of <paramref name="length"/> code points ending at <paramref name="end"/>.
    /// Without ignorable characters or surrogate pairs in the way it is plain subtraction; otherwise walk back.
    /// </summary>
    private readonly int StartOf(int end, int length)
    {
        if (end - length >= _irregularEnd)
        {
            return end - length;
        }

        int start = WalkBack(end, length);
        Debug.Assert(start >= 0, "A match never extends before the text.");
        return start;
    }

    /// <summary>
    /// Walks back from <paramref name="end"/> over <paramref name="length"/> code points that are not ignorable (a surrogate
    /// pair is one), or to the start of the text.
    /// </summary>
    private readonly int WalkBack(int end, int length)
    {
        var text = _text;
        var map = _ac.ClassMap;
        int i = end;
        while (length > 0 && i > 0)
        {
            char c = text[--i];
            int cls;
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                i--;
                cls = _ac.SupplementaryClass(char.ConvertToUtf32(text[i], c));
            }
            else
            {
                cls = map[c];
            }

            if (cls != AhoCorasickAutomaton.SkipClass)
            {
                length--;
            }
        }

        return i;
    }
}
