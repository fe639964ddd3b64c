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
    private int _depth;        // depth of _state (leftmost only)
    private int _irregularEnd; // end of the last ignorable character or surrogate pair read

    // LeftmostLongest: the best match so far, not yet known to be final.
    private int _candPattern;
    private int _candStartCount;
    private int _candLength;
    private int _candEnd;

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
    }

    /// <summary>The current match.</summary>
    public readonly PatternMatch Current => _current;

    /// <summary>Returns this enumerator, so <c>foreach</c> works on the result of <see cref="MultiPatternMatcher.FindAll"/>.</summary>
    public readonly MatchEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next match.</summary>
    /// <returns><c>true</c> while there is a match.</returns>
    public bool MoveNext() => _ac is not null && (_leftmost ? MoveNextLeftmost() : MoveNextAll());

    private bool MoveNextAll()
    {
        if (_pendingEntry >= 0)
        {
            EmitPending();
            return true;
        }

        var text = _text;
        var ac = _ac;
        ref AcNode nodes = ref MemoryMarshal.GetArrayDataReference(ac.Nodes);
        ref ushort map = ref MemoryMarshal.GetArrayDataReference(ac.ClassMap);
        uint size = (uint)ac.Nodes.Length;
        int i = _pos;
        int s = _state;
        while ((uint)i < (uint)text.Length)
        {
            int cls = Unsafe.Add(ref map, text[i]);
            int width = 1;
            if (cls < AhoCorasickAutomaton.FirstClass)
            {
                cls = Special(text, i, cls, ref width);
                if (cls == AhoCorasickAutomaton.SkipClass)
                {
                    i += width;
                    continue;
                }

                if (cls == AhoCorasickAutomaton.DeadClass)
                {
                    s = AhoCorasickAutomaton.Root;
                    i += width;
                    continue;
                }
            }

            int t = Unsafe.Add(ref nodes, s).Base + cls;
            s = (uint)t < size && Unsafe.Add(ref nodes, t).Check == s ? t : FailTransition(ref nodes, size, s, cls);

            i += width;
            int o = Unsafe.Add(ref nodes, s).Out;
            if (o >= 0)
            {
                _pos = i;
                _state = s;
                _pendingEntry = o;
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
        var text = _text;
        var ac = _ac;
        ref AcNode nodes = ref MemoryMarshal.GetArrayDataReference(ac.Nodes);
        ref ushort map = ref MemoryMarshal.GetArrayDataReference(ac.ClassMap);
        uint size = (uint)ac.Nodes.Length;
        int i = _pos;
        int s = _state;
        int count = _count;
        int depth = _depth;
        while ((uint)i < (uint)text.Length)
        {
            int cls = Unsafe.Add(ref map, text[i]);
            int width = 1;
            if (cls < AhoCorasickAutomaton.FirstClass)
            {
                cls = Special(text, i, cls, ref width);
                if (cls == AhoCorasickAutomaton.SkipClass)
                {
                    i += width;
                    continue;
                }

                if (cls == AhoCorasickAutomaton.DeadClass)
                {
                    // Nothing spans this character: any candidate is final.
                    if (_candPattern >= 0)
                    {
                        EmitCandidate();
                        return true;
                    }

                    s = AhoCorasickAutomaton.Root;
                    depth = 0;
                    i += width;
                    continue;
                }
            }

            ref AcNode n = ref Unsafe.Add(ref nodes, s);
            int t = n.Base + cls;
            count++;
            if ((uint)t < size && Unsafe.Add(ref nodes, t).Check == s)
            {
                // Direct transition: the current partial match keeps its start, so a candidate cannot become final.
                s = t;
                depth++;
            }
            else
            {
                s = FailTransition(ref nodes, size, s, cls);
                depth = ac.Depth[s];
                if (_candPattern >= 0 && count - depth > _candStartCount)
                {
                    // Every match still possible starts after the candidate: it is the leftmost-longest one.
                    EmitCandidate();
                    return true;
                }
            }

            i += width;
            int o = Unsafe.Add(ref nodes, s).Out;
            if (o >= 0)
            {
                ref readonly OutEntry e = ref ac.Outs[o];
                int startCount = count - e.Length;
                if (_candPattern < 0 || startCount < _candStartCount || (startCount == _candStartCount && e.Length > _candLength))
                {
                    _candPattern = ac.OutPatterns[e.PatternStart];
                    _candStartCount = startCount;
                    _candLength = e.Length;
                    _candEnd = i;
                }
            }
        }

        _pos = i;
        _state = s;
        _count = count;
        _depth = depth;
        if (_candPattern >= 0)
        {
            EmitCandidate();
            return true;
        }

        return false;
    }

    /// <summary>Reports the candidate and restarts the scan right after it, from the root.</summary>
    private void EmitCandidate()
    {
        int start = StartOf(_candEnd, _candLength);
        _current = new PatternMatch(_candPattern, start, _candEnd - start);
        _pos = _candEnd;
        _state = AhoCorasickAutomaton.Root;
        _count = 0;
        _depth = 0;
        _candPattern = -1;
    }

    private static int FailTransition(ref AcNode nodes, uint size, int s, int cls)
    {
        while (s != AhoCorasickAutomaton.Root)
        {
            s = Unsafe.Add(ref nodes, s).Fail;
            int t = Unsafe.Add(ref nodes, s).Base + cls;
            if ((uint)t < size && Unsafe.Add(ref nodes, t).Check == s)
            {
                return t;
            }
        }

        return AhoCorasickAutomaton.Root;
    }

    /// <summary>
    /// Resolves the rare classes: a surrogate pair (classified through the supplementary table, two code units) or a
    /// lone high surrogate (dead). Records where the last "irregular" character ended, for <see cref="StartOf"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Special(ReadOnlySpan<char> text, int i, int cls, ref int width)
    {
        if (cls == AhoCorasickAutomaton.HighSurrogateClass)
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                cls = _ac.SupplementaryClass(char.ConvertToUtf32(text[i], text[i + 1]));
                _irregularEnd = i + 2;
            }
            else
            {
                cls = AhoCorasickAutomaton.DeadClass;
            }
        }
        else if (cls == AhoCorasickAutomaton.SkipClass)
        {
            _irregularEnd = i + 1;
        }

        return cls;
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
