using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ContentReview.Matching;

/// <summary>
/// Enumerates <see cref="PatternMatch"/> values lazily; use with <c>foreach</c> on the result of
/// <see cref="MultiPatternMatcher.FindAll"/>. Allocates nothing.
/// </summary>
public ref struct MatchEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly AhoCorasickAutomaton _ac;
    private readonly bool _leftmost;

    private int _pos;          // next code unit to read
    private int _state;        // automaton state
    private int _count;        // non-ignorable code points read so far (leftmost: relative to the last restart)
    private int _irregularEnd; // end of the last ignorable character or surrogate pair read

    // LeftmostLongest: the best match so far, not yet known to be final.
    private int _candPattern;
    private int _candStartCount;
    private int _candLength;
    private int _candEnd;
    private bool _passedOver; // an output was seen since the candidate was set, and not taken

    // All: the output chain still to report at _pendingEnd.
    private int _pendingEntry;
    private int _pendingIndex;
    private int _pendingEnd;

    private PatternMatch _current;

    internal MatchEnumerator(MultiPatternMatcher matcher, ReadOnlySpan<char> text)
    {
        _text = text;
        _ac = matcher.Automaton;
        _leftmost = matcher.MatchKind == MatchKind.LeftmostLongest;
        _candPattern = -1;
        _pendingEntry = -1;
        _state = matcher.Automaton.RootState;
    }

    /// <summary>The current match.</summary>
    public readonly PatternMatch Current => _current;

    /// <summary>Returns this enumerator, so <c>foreach</c> works on the result of <see cref="MultiPatternMatcher.FindAll"/>.</summary>
    public readonly MatchEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next match.</summary>
    /// <returns><c>true</c> while there is a match.</returns>
    public bool MoveNext() => _ac is not null && (_leftmost ? MoveNextLeftmost() : MoveNextAll());

    // The hot loop is Scan: a method without calls, so the JIT keeps its state in registers. It stops at the rare events
    // (a special character; for All a state with output; for LeftmostLongest a failure transition that makes the
    // candidate final) and the two MoveNext methods handle those.
    private bool MoveNextAll()
    {
        if (_pendingEntry >= 0)
        {
            EmitPending();
            return true;
        }

        var st = new ScanState(_pos, _state, _count, _ac.Nodes[_state].BaseFlags);
        while (true)
        {
            switch (Scan(ref st, leftmost: false))
            {
                case ScanStop.End:
                    _pos = st.Pos;
                    _state = st.State;
                    return false;
                case ScanStop.Special:
                    int cls = StepOverSpecial(ref st);
                    if (cls == AhoCorasickAutomaton.SkipClass)
                    {
                        continue;
                    }

                    Step(ref st, cls);
                    if (st.Flags >= 0)
                    {
                        continue;
                    }

                    break;
            }

            // A state with output: report its chain.
            _pos = st.Pos;
            _state = st.State;
            _pendingEntry = _ac.Info[st.State].Out;
            _pendingIndex = 0;
            _pendingEnd = st.Pos;
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
        var st = new ScanState(_pos, _state, _count, _ac.Nodes[_state].BaseFlags);
        while (true)
        {
            bool failed;
            switch (Scan(ref st, leftmost: true))
            {
                case ScanStop.End:
                    _pos = st.Pos;
                    _state = st.State;
                    _count = st.Count;
                    if (_candPattern >= 0)
                    {
                        EmitCandidate();
                        return true;
                    }

                    return false;
                case ScanStop.Special:
                    int cls = StepOverSpecial(ref st);
                    if (cls == AhoCorasickAutomaton.SkipClass)
                    {
                        continue;
                    }

                    failed = Step(ref st, cls);
                    break;
                case ScanStop.Output: // (Scan considers outputs itself when leftmost)
                    failed = false;
                    break;
                default: // ScanStop.FailedWithCandidate: the candidate is final
                    failed = true;
                    break;
            }

            if (failed && _candPattern >= 0 && TryEmitFinalCandidate(st.Pos, st.State, st.Count, st.Flags < 0))
            {
                return true;
            }

            if (st.Flags < 0)
            {
                Consider(st.State, st.Count, st.Pos);
            }
        }
    }

    /// <summary>Where <see cref="Scan"/> stopped.</summary>
    private enum ScanStop
    {
        /// <summary>End of the text.</summary>
        End,

        /// <summary>The character at <see cref="ScanState.Pos"/> is ignorable or a high surrogate; nothing was read.</summary>
        Special,

        /// <summary>The character before <see cref="ScanState.Pos"/> led to a state that ends a pattern (All only).</summary>
        Output,

        /// <summary>
        /// The character before <see cref="ScanState.Pos"/> took a failure transition that made the waiting candidate final
        /// (LeftmostLongest only); the new state's output has not been considered yet.
        /// </summary>
        FailedWithCandidate,
    }

    /// <summary>The scan's registers: position (next code unit), state, non-ignorable code points read, state flags.</summary>
    private struct ScanState(int pos, int state, int count, int flags)
    {
        public int Pos = pos;
        public int State = state;
        public int Count = count;
        public int Flags = flags;
    }

    /// <summary>
    /// The hot loop: runs the automaton from <paramref name="st"/> until the end of the text or an event (see
    /// <see cref="ScanStop"/>). No calls, so everything stays in registers. For LeftmostLongest it keeps the candidate
    /// itself (in the enumerator's fields) and stops only when the candidate becomes final.
    /// </summary>
    private ScanStop Scan(ref ScanState st, bool leftmost)
    {
        var ac = _ac;
        ref char text = ref MemoryMarshal.GetReference(_text);
        int length = _text.Length;
        ref ushort map = ref MemoryMarshal.GetArrayDataReference(ac.ClassMap);
        ref SearchNode nodes = ref MemoryMarshal.GetArrayDataReference(ac.Nodes);
        ref SearchNode rootRow = ref MemoryMarshal.GetArrayDataReference(ac.RootRow);
        ref StateInfo info = ref MemoryMarshal.GetArrayDataReference(ac.Info);
        int root = ac.RootState;
        int i = st.Pos;
        int s = st.State;
        int count = st.Count;
        int flags = st.Flags;
        var stop = ScanStop.End;
        while (i < length)
        {
            int cls = Unsafe.Add(ref map, Unsafe.Add(ref text, i));
            if ((uint)(cls - AhoCorasickAutomaton.SkipClass) <= AhoCorasickAutomaton.HighSurrogateClass - AhoCorasickAutomaton.SkipClass)
            {
                stop = ScanStop.Special;
                break;
            }

            i++;
            count++;

            // Every base + class is inside the array by construction (see AhoCorasickAutomaton.Nodes): no bounds check.
            int t = (flags & SearchNode.BaseMask) + cls;
            if (Unsafe.Add(ref nodes, t).Check == s)
            {
                // Direct transition: the current partial match keeps its start, so a candidate cannot become final.
                s = t;
                flags = Unsafe.Add(ref nodes, t).BaseFlags;
                if (flags < 0)
                {
                    if (!leftmost)
                    {
                        stop = ScanStop.Output;
                        break;
                    }

                    Consider(s, count, i);
                }

                continue;
            }

            int depth;
            if ((flags & SearchNode.DeepFailFlag) == 0 || cls == AhoCorasickAutomaton.DeadClass)
            {
                // Through the root row: a state of depth 1, or the root itself (depth 0) — no need to read its depth.
                s = Unsafe.Add(ref rootRow, cls).Check;
                flags = Unsafe.Add(ref rootRow, cls).BaseFlags;
                depth = s != root ? 1 : 0;
            }
            else
            {
                s = DeepFailure(ref nodes, ref rootRow, ref info, root, s, cls);
                flags = Unsafe.Add(ref nodes, s).BaseFlags;
                depth = Unsafe.Add(ref info, s).Depth;
            }

            // Every match still possible starts after the candidate: it is the leftmost-longest one. (A dead character
            // leads to the root, depth 0, so it always ends a candidate.)
            if (leftmost && _candPattern >= 0 && count - depth > _candStartCount)
            {
                stop = ScanStop.FailedWithCandidate;
                break;
            }

            if (flags < 0)
            {
                if (!leftmost)
                {
                    stop = ScanStop.Output;
                    break;
                }

                Consider(s, count, i);
            }
        }

        st.Pos = i;
        st.State = s;
        st.Count = count;
        st.Flags = flags;
        return stop;
    }

    /// <summary>
    /// Reads the special character at <c>st.Pos</c> (advancing past it) and returns its class: the skip class for an
    /// ignorable character or pair, the class of a surrogate pair, or the dead class for a lone high surrogate.
    /// </summary>
    private int StepOverSpecial(ref ScanState st)
    {
        int special = Special(st.Pos, _ac.ClassMap[_text[st.Pos]]);
        st.Pos += 1 + (special >> 16);
        return special & 0xFFFF;
    }

    /// <summary>One transition on <paramref name="cls"/> (the slow path after a special character), as in <see cref="Scan"/>.</summary>
    /// <returns><c>true</c> when it was a failure transition.</returns>
    private readonly bool Step(ref ScanState st, int cls)
    {
        var ac = _ac;
        st.Count++;
        int t = (st.Flags & SearchNode.BaseMask) + cls;
        bool failed = ac.Nodes[t].Check != st.State;
        if (!failed)
        {
            st.State = t;
        }
        else if ((st.Flags & SearchNode.DeepFailFlag) == 0 || cls == AhoCorasickAutomaton.DeadClass)
        {
            st.State = ac.RootRow[cls].Check;
        }
        else
        {
            st.State = DeepFailure(
                ref MemoryMarshal.GetArrayDataReference(ac.Nodes),
                ref MemoryMarshal.GetArrayDataReference(ac.RootRow),
                ref MemoryMarshal.GetArrayDataReference(ac.Info),
                ac.RootState,
                st.State,
                cls);
        }

        st.Flags = ac.Nodes[st.State].BaseFlags;
        return failed;
    }

    /// <summary>
    /// The failed transition on <paramref name="cls"/> out of <paramref name="s"/>, whose failure link is not the root:
    /// follow failure links until a state has the transition, else take the root's. Inlined into <see cref="Scan"/>,
    /// which must stay free of calls.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DeepFailure(ref SearchNode nodes, ref SearchNode rootRow, ref StateInfo info, int root, int s, int cls)
    {
        int f = Unsafe.Add(ref info, s).Fail;
        while (f != root)
        {
            int u = (Unsafe.Add(ref nodes, f).BaseFlags & SearchNode.BaseMask) + cls;
            if (Unsafe.Add(ref nodes, u).Check == f)
            {
                return u;
            }

            f = Unsafe.Add(ref info, f).Fail;
        }

        return Unsafe.Add(ref rootRow, cls).Check;
    }

    /// <summary>A pattern ends at <paramref name="end"/> (state <paramref name="s"/>): it becomes the candidate if it starts earlier, or as early and is longer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Consider(int s, int count, int end)
    {
        ref readonly StateInfo info = ref _ac.Info[s];
        int length = info.OutLength;
        int startCount = count - length;
        if (_candPattern < 0 || startCount < _candStartCount || (startCount == _candStartCount && length > _candLength))
        {
            _candPattern = _ac.OutPatterns[_ac.Outs[info.Out].PatternStart];
            _candStartCount = startCount;
            _candLength = length;
            _candEnd = end;
            _passedOver = false;
        }
        else
        {
            _passedOver = true;
        }
    }

    /// <summary>
    /// After a failure transition into <paramref name="s"/> with a candidate waiting: if every match still possible starts
    /// after the candidate's start, the candidate is the leftmost-longest one and is reported.
    /// </summary>
    private bool TryEmitFinalCandidate(int pos, int s, int count, bool stateHasOutput)
    {
        // A dead character leads to the root, depth 0, so it always ends a candidate.
        int partialStart = count - _ac.Info[s].Depth;
        if (partialStart <= _candStartCount)
        {
            return false;
        }

        if (!_passedOver && partialStart >= _candStartCount + _candLength)
        {
            // The state's string starts at or after the candidate's end, so it is exactly the state a fresh scan from
            // there would reach, and no pattern ended in between (which that scan would have to consider): report the
            // candidate and carry on from here, without re-reading.
            EmitCandidateAndContinue(pos, s, count, stateHasOutput);
        }
        else
        {
            EmitCandidate();
        }

        return true;
    }

    /// <summary>Reports the candidate and restarts the scan right after it, from the root.</summary>
    private void EmitCandidate()
    {
        int start = StartOf(_candEnd, _candLength);
        _current = new PatternMatch(_candPattern, start, _candEnd - start);
        _pos = _candEnd;
        _state = _ac.RootState;
        _count = 0;
        _candPattern = -1;
    }

    /// <summary>
    /// Reports the candidate and continues the scan at <paramref name="pos"/> in <paramref name="state"/> (just entered by
    /// a failure transition; its output, if any, becomes the new candidate).
    /// </summary>
    private void EmitCandidateAndContinue(int pos, int state, int count, bool stateHasOutput)
    {
        int start = StartOf(_candEnd, _candLength);
        _current = new PatternMatch(_candPattern, start, _candEnd - start);
        _pos = pos;
        _state = state;
        _count = count;
        _candPattern = -1;
        if (stateHasOutput)
        {
            Consider(state, count, pos);
        }
    }

    /// <summary>
    /// Resolves the rare classes at <paramref name="i"/>: an ignorable character (<see cref="AhoCorasickAutomaton.SkipClass"/>),
    /// a surrogate pair (its class from the supplementary table — possibly the skip class — plus <c>1 &lt;&lt; 16</c> for
    /// the second code unit) or a lone high surrogate (dead).
    /// Records where the last "irregular" character ended, for <see cref="StartOf"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Special(int i, int cls)
    {
        if (cls == AhoCorasickAutomaton.SkipClass)
        {
            _irregularEnd = i + 1;
            return AhoCorasickAutomaton.SkipClass;
        }

        var text = _text;
        if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            _irregularEnd = i + 2;
            return _ac.SupplementaryClass(char.ConvertToUtf32(text[i], text[i + 1])) | (1 << 16);
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

        var text = _text;
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
                cls = _ac.ClassMap[c];
            }

            if (cls != AhoCorasickAutomaton.SkipClass)
            {
                length--;
            }
        }

        Debug.Assert(length == 0, "A match never extends before the text.");
        return i;
    }
}
