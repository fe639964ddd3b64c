using ContentReview.Checks;
using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ContentReview.Segmentation;

/// <summary>
/// The algorithm of jieba 0.42.1 (<c>Tokenizer.cut</c>, <c>__cut_DAG</c>, <c>__cut_DAG_NO_HMM</c>, <c>calc</c>,
/// <c>get_DAG</c>, <c>finalseg.cut</c>), over one prefix dictionary and its total. Produces spans instead of strings.
/// </summary>
/// <remarks>
/// Agreement with Python jieba, token for token, rests on four details kept exactly:
/// (1) the character classes of <c>re_han_default</c>, <c>re_skip_default</c>, <c>re_eng</c> and finalseg's
/// <c>re_han</c> / <c>re_skip</c> (ASCII letters and digits only; Python's <c>\s</c>, which includes U+001C..U+001F);
/// (2) the route score <c>(log(freq) - log(total)) + route[x+1]</c> computed in that order in doubles, with a word
/// that has no dictionary entry scored as frequency 1;
/// (3) ties broken towards the longer word (Python's max over (score, end) tuples);
/// (4) Python iterates code points where C# iterates UTF-16 units: only characters outside the jieba word classes can
/// be supplementary, and those are emitted one code point (one surrogate pair) per token, as jieba does.
/// The DAG is never materialised: the DP walks the trie from each position, which visits the same candidates in the
/// same order as <c>get_DAG</c> does.
/// </remarks>
internal sealed class JiebaCore
{
    private readonly PrefixDictionary _dict;
    private readonly Lazy<HmmModel> _hmm;
    private readonly HashSet<string>? _forceSplit;
    private readonly double _logTotal;

    /// <param name="dict">The prefix dictionary (frozen from now on).</param>
    /// <param name="hmm">The HMM, loaded on first use: a caller that never turns the HMM on never pays for it.</param>
    /// <param name="forceSplit">Words deleted with frequency 0, which the HMM must not produce either.</param>
    public JiebaCore(PrefixDictionary dict, Lazy<HmmModel> hmm, HashSet<string>? forceSplit)
    {
        _dict = dict;
        _hmm = hmm;
        _forceSplit = forceSplit is { Count: > 0 } ? forceSplit : null;
        _logTotal = Math.Log(dict.Total > 0 ? dict.Total : 1);
    }

    public PrefixDictionary Dictionary => _dict;

    public Lazy<HmmModel> Hmm => _hmm;

    public IReadOnlySet<string> ForceSplit => (IReadOnlySet<string>?)_forceSplit ?? new HashSet<string>();

    /// <summary><c>re_han_default</c>: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>.</summary>
    public static bool IsWordChar(char c) =>
        (c >= '\u4E00' && c <= '\u9FD5') || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary>finalseg's <c>re_han</c>: <c>[\u4E00-\u9FD5]</c>.</summary>
    public static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FD5';

    /// <summary>Python's <c>\s</c> on str (the characters for which <c>str.isspace()</c> is true).</summary>
    public static bool IsPythonSpace(char c) =>
        c <= '\u0020' ? (c >= '\u0009' && c <= '\u000D') || (c >= '\u001C') :
        c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') ||
        c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';

    /// <summary><c>Tokenizer.cut(sentence, cut_all=False, HMM=hmm)</c>: appends the words of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(ReadOnlySpan<char> text, bool hmm, List<TextSpan> words)
    {
        int n = text.Length;
        if (n == 0)
        {
            return;
        }

        double[]? routeBuf = null;
        int[]? nextBuf = null;
        try
        {
            int i = 0;
            while (i < n)
            {
                char c = text[i];
                if (IsWordChar(c))
                {
                    int j = i + 1;
                    while (j < n && IsWordChar(text[j]))
                    {
                        j++;
                    }

                    if (j - i == 1)
                    {
                        // A one-character block: the DAG has one edge, the route is that character.
                        words.Add(new TextSpan(i, 1));
                    }
                    else
                    {
                        if (routeBuf is null || routeBuf.Length < j - i + 1)
                        {
                            if (routeBuf is not null)
                            {
                                ArrayPool<double>.Shared.Return(routeBuf);
                                ArrayPool<int>.Shared.Return(nextBuf!);
                            }

                            int size = Math.Max(j - i + 1, Math.Min(n + 1, 4096));
                            routeBuf = ArrayPool<double>.Shared.Rent(size);
                            nextBuf = ArrayPool<int>.Shared.Rent(size);
                        }

                        CutBlock(text[i..j], i, hmm, words, routeBuf, nextBuf!);
                    }

                    i = j;
                }
                else if (c == '\r' && i + 1 < n && text[i + 1] == '\n')
                {
                    words.Add(new TextSpan(i, 2));
                    i += 2;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
                {
                    words.Add(new TextSpan(i, 2));
                    i += 2;
                }
                else
                {
                    words.Add(new TextSpan(i, 1));
                    i++;
                }
            }
        }
        finally
        {
            if (routeBuf is not null)
            {
                ArrayPool<double>.Shared.Return(routeBuf);
                ArrayPool<int>.Shared.Return(nextBuf!);
            }
        }
    }

    /// <summary>
    /// <c>get_DAG</c> + <c>calc</c>: for each position from the end, the best end of the word that starts there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CalcRoute(ReadOnlySpan<char> block, Span<double> route, Span<int> next)
    {
        int n = block.Length;
        PrefixDictionary dict = _dict;
        double logTotal = _logTotal;
        route[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double best = double.NegativeInfinity;
            int bestEnd = -1;
            int node = 0;
            for (int x = idx; x < n; x++)
            {
                node = dict.Child(node, block[x]);
                if (node == 0)
                {
                    break;
                }

                if (dict.Frequency(node) > 0)
                {
                    double score = dict.LogFrequency(node) - logTotal + route[x + 1];

                    // '>=' because later candidates end further right: Python's max over (score, x) picks the larger x.
                    if (score >= best)
                    {
                        best = score;
                        bestEnd = x;
                    }
                }
            }

            if (bestEnd < 0)
            {
                // No word starts here: the DAG holds the single character, scored as log(1) - log(total).
                best = 0.0 - logTotal + route[idx + 1];
                bestEnd = idx;
            }

            route[idx] = best;
            next[idx] = bestEnd;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlock(ReadOnlySpan<char> block, int offset, bool hmm, List<TextSpan> words, double[] route, int[] next)
    {
        CalcRoute(block, route, next);
        int n = block.Length;
        int x = 0;
        int bufStart = -1; // start of the pending run of single characters, or -1
        if (!hmm)
        {
            // __cut_DAG_NO_HMM: single ASCII letters and digits in a row are joined.
            while (x < n)
            {
                int y = next[x] + 1;
                if (y - x == 1 && char.IsAsciiLetterOrDigit(block[x]))
                {
                    if (bufStart < 0)
                    {
                        bufStart = x;
                    }
                }
                else
                {
                    if (bufStart >= 0)
                    {
                        words.Add(new TextSpan(offset + bufStart, x - bufStart));
                        bufStart = -1;
                    }

                    words.Add(new TextSpan(offset + x, y - x));
                }

                x = y;
            }

            if (bufStart >= 0)
            {
                words.Add(new TextSpan(offset + bufStart, n - bufStart));
            }

            return;
        }

        // __cut_DAG: runs of single characters go to the HMM unless the run is itself a dictionary word.
        while (x < n)
        {
            int y = next[x] + 1;
            if (y - x == 1)
            {
                if (bufStart < 0)
                {
                    bufStart = x;
                }
            }
            else
            {
                if (bufStart >= 0)
                {
                    FlushSingles(block[bufStart..x], offset + bufStart, words);
                    bufStart = -1;
                }

                words.Add(new TextSpan(offset + x, y - x));
            }

            x = y;
        }

        if (bufStart >= 0)
        {
            FlushSingles(block[bufStart..n], offset + bufStart, words);
        }
    }

    private void FlushSingles(ReadOnlySpan<char> buf, int offset, List<TextSpan> words)
    {
        if (buf.Length == 1)
        {
            words.Add(new TextSpan(offset, 1));
        }
        else if (_dict.Get(buf) <= 0)
        {
            FinalsegCut(buf, offset, words);
        }
        else
        {
            for (int k = 0; k < buf.Length; k++)
            {
                words.Add(new TextSpan(offset + k, 1));
            }
        }
    }

    /// <summary>finalseg.cut: HMM on CJK runs; other runs split around <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>.</summary>
    private void FinalsegCut(ReadOnlySpan<char> s, int offset, List<TextSpan> words)
    {
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            int j = i + 1;
            bool han = IsHan(s[i]);
            while (j < n && IsHan(s[j]) == han)
            {
                j++;
            }

            if (han)
            {
                int first = words.Count;
                _hmm.Value.Cut(s[i..j], offset + i, words);
                if (_forceSplit is not null)
                {
                    ApplyForceSplit(s, offset, first, words);
                }
            }
            else
            {
                SplitSkip(s[i..j], offset + i, words);
            }

            i = j;
        }
    }

    private void ApplyForceSplit(ReadOnlySpan<char> s, int offset, int first, List<TextSpan> words)
    {
        Debug.Assert(_forceSplit is not null);
        for (int w = first; w < words.Count; w++)
        {
            TextSpan span = words[w];
            if (span.Length > 1 && _forceSplit.Contains(s.Slice(span.Start - offset, span.Length).ToString()))
            {
                words.RemoveAt(w);
                for (int k = 0; k < span.Length; k++)
                {
                    words.Insert(w + k, new TextSpan(span.Start + k, 1));
                }

                w += span.Length - 1;
            }
        }
    }

    private static void SplitSkip(ReadOnlySpan<char> s, int offset, List<TextSpan> words)
    {
        int n = s.Length;
        int pieceStart = 0;
        int p = 0;
        while (p < n)
        {
            if (!char.IsAsciiLetterOrDigit(s[p]))
            {
                p++;
                continue;
            }

            int q = p + 1;
            while (q < n && char.IsAsciiLetterOrDigit(s[q]))
            {
                q++;
            }

            if (q + 1 < n && s[q] == '.' && char.IsAsciiDigit(s[q + 1]))
            {
                q += 2;
                while (q < n && char.IsAsciiDigit(s[q]))
                {
                    q++;
                }
            }

            if (q < n && s[q] == '%')
            {
                q++;
            }

            if (p > pieceStart)
            {
                words.Add(new TextSpan(offset + pieceStart, p - pieceStart));
            }

            words.Add(new TextSpan(offset + p, q - p));
            p = q;
            pieceStart = q;
        }

        if (pieceStart < n)
        {
            words.Add(new TextSpan(offset + pieceStart, n - pieceStart));
        }
    }

    /// <summary>
    /// The log-probability of the best segmentation of <paramref name="block"/> taken as one jieba block (HMM off), with
    /// the end of the best first word from each position in <paramref name="next"/>. Scores candidate corrections.
    /// </summary>
    /// <param name="block">Characters of jieba's word classes.</param>
    /// <param name="route">At least block.Length + 1 entries.</param>
    /// <param name="next">At least block.Length entries.</param>
    public double BestRoute(ReadOnlySpan<char> block, Span<double> route, Span<int> next)
    {
        CalcRoute(block, route, next);
        return route[0];
    }

    /// <summary><c>cut_for_search</c>: before each word longer than two, its dictionary bigrams, then (longer than three) trigrams.</summary>
    public void CutForSearch(ReadOnlySpan<char> text, bool hmm, List<TextSpan> output)
    {
        var words = new List<TextSpan>();
        Cut(text, hmm, words);
        foreach (TextSpan w in words)
        {
            if (w.Length > 2)
            {
                for (int i = 0; i < w.Length - 1; i++)
                {
                    if (_dict.Get(text.Slice(w.Start + i, 2)) > 0)
                    {
                        output.Add(new TextSpan(w.Start + i, 2));
                    }
                }
            }

            if (w.Length > 3)
            {
                for (int i = 0; i < w.Length - 2; i++)
                {
                    if (_dict.Get(text.Slice(w.Start + i, 3)) > 0)
                    {
                        output.Add(new TextSpan(w.Start + i, 3));
                    }
                }
            }

            output.Add(w);
        }
    }

    /// <summary>
    /// <c>suggest_freq(word, tune=False)</c>: a frequency just high enough for <paramref name="word"/> to be cut as
    /// one word (with the HMM off).
    /// </summary>
    public long SuggestFrequency(string word)
    {
        double total = _dict.Total;
        double freq = 1;
        var words = new List<TextSpan>();
        Cut(word, hmm: false, words);
        foreach (TextSpan seg in words)
        {
            long f = _dict.Get(word.AsSpan(seg.Start, seg.Length));
            freq *= (f < 0 ? 1 : f) / total;
        }

        long own = _dict.Get(word);
        return Math.Max((long)(freq * _dict.Total) + 1, own < 0 ? 1 : own);
    }
}
