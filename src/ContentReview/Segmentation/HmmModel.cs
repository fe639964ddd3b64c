using System.Runtime.CompilerServices;
using ContentReview.Checks;
using System.Buffers;
using System.Globalization;
using ContentReview.Lexicons;

namespace ContentReview.Segmentation;

/// <summary>
/// jieba's <c>finalseg</c>: a four-state (B begin, M middle, E end, S single) hidden Markov model over characters,
/// decoded with Viterbi, used to join runs of characters the dictionary does not know into new words.
/// </summary>
/// <remarks>
/// The arithmetic follows finalseg.viterbi step by step so the result agrees exactly: probabilities are added in the
/// same order (<c>V[t-1][y0] + trans + emit</c>), an unseen emission is <see cref="MinFloat"/>, and ties are broken
/// the way Python's <c>max</c> over <c>(prob, state)</c> tuples breaks them: by the larger state letter.
/// Emission tables are dense over the BMP (4 × 512 KB): one array index per character instead of a hash lookup.
/// </remarks>
internal sealed class HmmModel
{
    /// <summary>finalseg's MIN_FLOAT: the log-probability of anything unseen.</summary>
    public const double MinFloat = -3.14e100;

    // States in jieba's iteration order "BMES".
    private const int B = 0, M = 1, E = 2, S = 3;

    private readonly double[] _start = new double[4];
    private readonly double[,] _trans = new double[4, 4];
    private readonly double[][] _emit = new double[4][];

    private HmmModel()
    {
        for (int s = 0; s < 4; s++)
        {
            _emit[s] = new double[65536];
            Array.Fill(_emit[s], MinFloat);
            for (int t = 0; t < 4; t++)
            {
                _trans[s, t] = MinFloat;
            }

            _start[s] = MinFloat;
        }
    }

    /// <summary>Parses the text format written by lexicons/dict/jieba/convert-hmm.py.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HmmModel Parse(TextReader reader, string fileName)
    {
        var model = new HmmModel();
        int lineNo = 0;
        int records = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            try
            {
                switch (f[0])
                {
                    case "start" when f.Length == 3:
                        model._start[State(f[1])] = Number(f[2]);
                        break;
                    case "trans" when f.Length == 4:
                        model._trans[State(f[1]), State(f[2])] = Number(f[3]);
                        break;
                    case "emit" when f.Length == 4 && f[2].Length == 1:
                        model._emit[State(f[1])][f[2][0]] = Number(f[3]);
                        break;
                    default:
                        throw new FormatException("expected 'start S P', 'trans S S P' or 'emit S CHAR P' separated by tabs");
                }
            }
            catch (FormatException e)
            {
                throw new LexiconFormatException(fileName, lineNo, null, e.Message, e);
            }

            records++;
        }

        if (records == 0)
        {
            throw new LexiconFormatException(fileName, lineNo, null, "no HMM parameters");
        }

        return model;

        static int State(string s) => s switch
        {
            "B" => B,
            "M" => M,
            "E" => E,
            "S" => S,
            _ => throw new FormatException($"unknown state '{s}'"),
        };

        static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// finalseg.__cut on a run of CJK characters (U+4E00..U+9FD5): appends the words as spans offset by
    /// <paramref name="offset"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(ReadOnlySpan<char> run, int offset, List<TextSpan> words)
    {
        int n = run.Length;
        if (n == 0)
        {
            return;
        }

        double[] vBuf = ArrayPool<double>.Shared.Rent(n * 4);
        byte[] backBuf = ArrayPool<byte>.Shared.Rent(n * 4);
        try
        {
            Span<double> v = vBuf.AsSpan(0, n * 4);
            Span<byte> back = backBuf.AsSpan(0, n * 4);
            char c0 = run[0];
            for (int y = 0; y < 4; y++)
            {
                v[y] = _start[y] + _emit[y][c0];
            }

            for (int t = 1; t < n; t++)
            {
                char c = run[t];
                int p = (t - 1) * 4, q = t * 4;

                // PrevStatus: B <- E,S; M <- M,B; S <- S,E; E <- B,M. Each pair is listed here with the
                // alphabetically larger state second, so '>=' lets it win ties as Python's tuple max does.
                Step(v, back, p, q, B, E, S, _emit[B][c]);
                Step(v, back, p, q, M, B, M, _emit[M][c]);
                Step(v, back, p, q, S, E, S, _emit[S][c]);
                Step(v, back, p, q, E, B, M, _emit[E][c]);
            }

            int last = (n - 1) * 4;
            int state = v[last + S] >= v[last + E] ? S : E;

            // Backtrack into the state sequence.
            Span<byte> states = n <= 512 ? stackalloc byte[n] : new byte[n];
            for (int t = n - 1; t >= 0; t--)
            {
                states[t] = (byte)state;
                if (t > 0)
                {
                    state = back[(t * 4) + state];
                }
            }

            int begin = 0, next = 0;
            for (int i = 0; i < n; i++)
            {
                switch (states[i])
                {
                    case B:
                        begin = i;
                        break;
                    case E:
                        words.Add(new TextSpan(offset + begin, i + 1 - begin));
                        next = i + 1;
                        break;
                    case S:
                        words.Add(new TextSpan(offset + i, 1));
                        next = i + 1;
                        break;
                }
            }

            if (next < n)
            {
                words.Add(new TextSpan(offset + next, n - next));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(vBuf);
            ArrayPool<byte>.Shared.Return(backBuf);
        }
    }

    private void Step(Span<double> v, Span<byte> back, int p, int q, int y, int first, int second, double em)
    {
        double a = v[p + first] + _trans[first, y] + em;
        double b = v[p + second] + _trans[second, y] + em;
        if (b >= a)
        {
            v[q + y] = b;
            back[q + y] = (byte)second;
        }
        else
        {
            v[q + y] = a;
            back[q + y] = (byte)first;
        }
    }
}
