using System.Globalization;
using System.Text;
using ContentReview.Segmentation;

namespace ContentReview.Checks.Typo;

/// <summary>
/// The data the typo checks share, loaded once on first use: Mandarin readings (Unihan kMandarin) grouped into
/// same-pinyin confusion sets, similar-shape groups, the traditional → simplified character map (so a traditional form
/// is never taken for a typo) and the jieba dictionary (word frequencies).
/// </summary>
internal sealed class TypoResources
{
    /// <summary>A character is offered as a replacement only if jieba's dictionary has it as a word this often.</summary>
    public const int CommonCharFrequency = 20;

    private static readonly Lazy<TypoResources> s_default = new(() => new TypoResources(JiebaSegmenter.Default.WithHmm(false)));

    private readonly Dictionary<char, string[]> _readings = [];
    private readonly Dictionary<string, char[]> _byReading = new(StringComparer.Ordinal);
    private readonly Dictionary<char, char[]> _shapes = [];

    private TypoResources(JiebaSegmenter segmenter)
    {
        Segmenter = segmenter;
        var groups = new Dictionary<string, List<char>>(StringComparer.Ordinal);
        using (StreamReader r = EmbeddedData.OpenText(EmbeddedData.UnihanMandarin))
        {
            while (r.ReadLine() is { } line)
            {
                if (line.Length < 3 || line[0] == '#' || line[1] != '\t')
                {
                    continue;
                }

                char c = line[0];
                string[] readings = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Toneless).Distinct().ToArray();
                _readings[c] = readings;
                if (segmenter.GetFrequency([c]) < CommonCharFrequency)
                {
                    continue;
                }

                foreach (string p in readings)
                {
                    if (!groups.TryGetValue(p, out var list))
                    {
                        groups[p] = list = [];
                    }

                    list.Add(c);
                }
            }
        }

        foreach (var (p, list) in groups)
        {
            _byReading[p] = list.ToArray();
        }

        using (StreamReader r = EmbeddedData.OpenText(EmbeddedData.SimilarShape))
        {
            var shape = new Dictionary<char, HashSet<char>>();
            while (r.ReadLine() is { } line)
            {
                line = line.Trim();
                if (line.Length < 2 || line[0] == '#')
                {
                    continue;
                }

                foreach (char a in line)
                {
                    if (!shape.TryGetValue(a, out var set))
                    {
                        shape[a] = set = [];
                    }

                    foreach (char b in line)
                    {
                        if (b != a)
                        {
                            set.Add(b);
                        }
                    }
                }
            }

            foreach (var (c, set) in shape)
            {
                _shapes[c] = set.ToArray();
            }
        }
    }

    public static TypoResources Default => s_default.Value;

    /// <summary>The segmenter (HMM off) whose dictionary scores candidates.</summary>
    public JiebaSegmenter Segmenter { get; }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> share a toneless Mandarin reading.</summary>
    public bool SamePinyin(char a, char b)
    {
        if (!_readings.TryGetValue(a, out var ra) || !_readings.TryGetValue(b, out var rb))
        {
            return false;
        }

        foreach (string x in ra)
        {
            if (Array.IndexOf(rb, x) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are in one similar-shape group.</summary>
    public bool SimilarShape(char a, char b) => _shapes.TryGetValue(a, out var s) && Array.IndexOf(s, b) >= 0;

    /// <summary>Whether <paramref name="written"/> is a traditional form of <paramref name="intended"/>.</summary>
    public bool IsTraditionalOf(char written, char intended) =>
        written != intended && Normalization.TraditionalChineseMap.Fold(written) == intended;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<char, char[]> _confusables = new();

    /// <summary>
    /// Common characters that sound like <paramref name="c"/> (toneless) or look like it; not <paramref name="c"/>
    /// itself. Computed once per character and cached (the statistical check asks for every character it reads).
    /// </summary>
    public char[] Confusables(char c) => _confusables.GetOrAdd(c, static (ch, self) => self.ComputeConfusables(ch).ToArray(), this);

    private IEnumerable<char> ComputeConfusables(char c)
    {
        var seen = new HashSet<char> { c };
        if (_readings.TryGetValue(c, out var readings))
        {
            foreach (string p in readings)
            {
                if (_byReading.TryGetValue(p, out var chars))
                {
                    foreach (char x in chars)
                    {
                        if (seen.Add(x))
                        {
                            yield return x;
                        }
                    }
                }
            }
        }

        if (_shapes.TryGetValue(c, out var shapes))
        {
            foreach (char x in shapes)
            {
                if (seen.Add(x))
                {
                    yield return x;
                }
            }
        }
    }

    /// <summary>A pinyin syllable without tone marks: zhōng → zhong, lǜ → lv.</summary>
    internal static string Toneless(string reading)
    {
        var sb = new StringBuilder(reading.Length);
        string d = reading.Normalize(NormalizationForm.FormD);
        for (int i = 0; i < d.Length; i++)
        {
            char c = d[i];
            if (c == '\u0308' && sb.Length > 0 && sb[^1] == 'u')
            {
                sb[^1] = 'v';
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
