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

    // The two scan loops keep only the scan itself in registers (text, position, state, flags, count and the three
    // table references); everything else (candidate, depths, failure links, outputs) is read through `this` or the
    // automaton on the paths that need it, so the JIT does not spill the hot variables to the stack.
    private bool MoveNextAll()
    {
        if (_pendingEntry >= 0)
        {
            EmitPending();
            return true;
        }

        var ac = _ac;
        ref char text = ref MemoryMarshal.GetReference(_text);
        int length = _text.Length;
        ref SearchNode nodes = ref MemoryMarshal.GetArrayDataReference(ac.Nodes);
        ref SearchNode rootRow = ref MemoryMarshal.GetArrayDataReference(ac.RootRow);
        ref ushort map = ref MemoryMarshal.GetArrayDataReference(ac.ClassMap);
        int i = _pos;
        int s = _state;
        int flags = Unsafe.Add(ref nodes, s).BaseFlags;
        while (i < length)
        {
            int cls = Unsafe.Add(ref map, Unsafe.Add(ref text, i));
            i++;
            if ((uint)(cls - AhoCorasickAutomaton.SkipClass) <= AhoCorasickAutomaton.HighSurrogateClass - AhoCorasickAutomaton.SkipClass)
            {
                int special = Special(i - 1, cls);
                i += special >> 16;
                cls = special & 0xFFFF;
                if (cls == AhoCorasickAutomaton.SkipClass)
                {
                    continue; // ignorable (a single code unit, or a pair of noise characters)
                }
            }

            // Every base + class is inside the array by construction (see AhoCorasickAutomaton.Nodes): no bounds check.
            int t = (flags & SearchNode.BaseMask) + cls;
            ref SearchNode next = ref Unsafe.Add(ref nodes, t);
            if (next.Check == s)
            {
                s = t;
            }
            else if ((flags & SearchNode.DeepFailFlag) == 0 || cls == AhoCorasickAutomaton.DeadClass)
            {
                next = ref Unsafe.Add(ref rootRow, cls);
                s = next.Check;
            }
            else
            {
                s = FailTransition(ref nodes, ref rootRow, ac, s, cls);
                next = ref Unsafe.Add(ref nodes, s);
            }

            flags = next.BaseFlags;
            if (flags < 0)
            {
                _pos = i;
                _state = s;
                _pendingEntry = ac.Out[s];
                _pendingIndex = 0;
                _pendingEnd = i;
                EmitPending();
                return true;
            }
        }

        _pos = i;
        _state = s;
        return false;
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
        var ac = _ac;
        ref char text = ref MemoryMarshal.GetReference(_text);
        int length = _text.Length;
        ref SearchNode nodes = ref MemoryMarshal.GetArrayDataReference(ac.Nodes);
        ref SearchNode rootRow = ref MemoryMarshal.GetArrayDataReference(ac.RootRow);
        ref ushort map = ref MemoryMarshal.GetArrayDataReference(ac.ClassMap);
        int i = _pos;
        int s = _state;
        int count = _count;
        int flags = Unsafe.Add(ref nodes, s).BaseFlags;
        while (i < length)
        {
            int cls = Unsafe.Add(ref map, Unsafe.Add(ref text, i));
            i++;
            if ((uint)(cls - AhoCorasickAutomaton.SkipClass) <= AhoCorasickAutomaton.HighSurrogateClass - AhoCorasickAutomaton.SkipClass)
            {
                int special = Special(i - 1, cls);
                i += special >> 16;
                cls = special & 0xFFFF;
                if (cls == AhoCorasickAutomaton.SkipClass)
                {
                    continue; // ignorable (a single code unit, or a pair of noise characters)
                }
            }

            count++;
            int t = (flags & SearchNode.BaseMask) + cls;
            ref SearchNode next = ref Unsafe.Add(ref nodes, t);
            if (next.Check == s)
            {
                // Direct transition: the current partial match keeps its start, so a candidate cannot become final.
                s = t;
            }
            else
            {
                if ((flags & SearchNode.DeepFailFlag) == 0 || cls == AhoCorasickAutomaton.DeadClass)
                {
                    next = ref Unsafe.Add(ref rootRow, cls);
                    s = next.Check;
                }
                else
                {
                    s = FailTransition(ref nodes, ref rootRow, ac, s, cls);
                    next = ref Unsafe.Add(ref nodes, s);
                }

                if (_candPattern >= 0 && TryEmitFinalCandidate(i, s, count, next.BaseFlags < 0))
                {
                    return true;
                }
            }

            flags = next.BaseFlags;
            if (flags < 0)
            {
                Consider(s, count, i);
            }
        }

        _pos = i;
        _state = s;
        _count = count;
        if (_candPattern >= 0)
        {
            EmitCandidate();
            return true;
        }

        return false;
    }

    /// <summary>A pattern ends at <paramref name="end"/> (state <paramref name="s"/>): it becomes the candidate if it starts earlier, or as early and is longer.</summary>
    private void Consider(int s, int count, int end)
    {
        ref readonly OutEntry e = ref _ac.Outs[_ac.Out[s]];
        int startCount = count - e.Length;
        if (_candPattern < 0 || startCount < _candStartCount || (startCount == _candStartCount && e.Length > _candLength))
        {
            _candPattern = _ac.OutPatterns[e.PatternStart];
            _candStartCount = startCount;
            _candLength = e.Length;
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
        int partialStart = count - _ac.Depth[s];
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
    /// The failed transition on <paramref name="cls"/> out of state <paramref name="s"/>, whose failure link is not the
    /// root: follow failure links until a state has the transition, else take the root's.
    /// </summary>
    private static int FailTransition(ref SearchNode nodes, ref SearchNode rootRow, AhoCorasickAutomaton ac, int s, int cls)
    {
        ref int fail = ref MemoryMarshal.GetArrayDataReference(ac.Fail);
        int root = ac.RootState;
        int f = Unsafe.Add(ref fail, s);
        while (f != root)
        {
            int t = (Unsafe.Add(ref nodes, f).BaseFlags & SearchNode.BaseMask) + cls;
            if (Unsafe.Add(ref nodes, t).Check == f)
            {
                return t;
            }

            f = Unsafe.Add(ref fail, f);
        }

        return Unsafe.Add(ref rootRow, cls).Check;
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
