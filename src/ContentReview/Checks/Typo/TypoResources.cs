using System.Globalization;
using System.Text;
using ContentReview.Segmentation;

namespace ContentReview.Checks.Typo;

/// <summary>
/// The data the typo checks share, loaded once on first use: Mandarin readings (Unihan kMandarin) grouped into
/// same-pinyin confusion sets, similar-shape groups, the traditional → simplified character map (so a traditional form
/// is never taken for a typo) and the jieba dictionary (word frequencies).
/// </summary>
/// <remarks>
/// Building the confusion sets needs only the frequencies of single characters, which come from a small table extracted
/// from jieba's dictionary at build time (ContentReview.csproj, ExtractJiebaCharacters); the whole dictionary
/// (<see cref="Segmenter"/>, about 0.25 s to load) is loaded on first use of the segmenter, so building a reviewer does
/// not pay for it.
/// </remarks>
internal sealed class TypoResources
{
    /// <summary>A character is offered as a replacement only if jieba's dictionary has it as a word this often.</summary>
    public const int CommonCharFrequency = 20;

    private static readonly Lazy<TypoResources> s_default = new(() => new TypoResources(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<JiebaSegmenter> s_segmenter = new(() => JiebaSegmenter.Default.WithHmm(false), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<char, string[]> _readings = [];
    private readonly Dictionary<string, char[]> _byReading = new(StringComparer.Ordinal);
    private readonly Dictionary<char, char[]> _shapes = [];

    // Jitted optimized at once: it runs once per process over 26,000 Unihan lines, and tiered compilation ran it as
    // tier-0 code and then re-jitted it on stack replacement; side by side in fresh processes this saved ≈ 25 ms of CPU.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private TypoResources()
    {
        var charFrequency = ReadCharacterFrequencies();
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
                string[] readings = TonelessReadings(line.AsSpan(2));
                _readings[c] = readings;
                if (charFrequency.GetValueOrDefault(c) < CommonCharFrequency)
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

    /// <summary>The segmenter (HMM off) whose dictionary scores candidates; loaded on first use.</summary>
    public JiebaSegmenter Segmenter => s_segmenter.Value;

    /// <summary>
    /// The frequency of every single-character word of jieba's dictionary (the same numbers as
    /// <c>Segmenter.GetFrequency([c])</c>), from the table extracted at build time.
    /// </summary>
    internal static Dictionary<char, long> ReadCharacterFrequencies()
    {
        var result = new Dictionary<char, long>(12_000);
        using StreamReader r = EmbeddedData.OpenText(EmbeddedData.JiebaCharacters);
        while (r.ReadLine() is { } line)
        {
            // "字 frequency"; the extraction kept jieba's fields as they are, so a malformed frequency is skipped here
            // exactly as it fails in the full dictionary (where it is an error).
            if (line.Length >= 3 && line[1] == ' '
                && long.TryParse(line.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out long f))
            {
                result[line[0]] = f;
            }
        }

        return result;
    }

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

    /// <summary>The distinct toneless forms of space-separated readings (most characters have one).</summary>
    private static string[] TonelessReadings(ReadOnlySpan<char> readings)
    {
        readings = readings.Trim(' ');
        if (readings.IsEmpty)
        {
            return [];
        }

        if (readings.IndexOf(' ') < 0)
        {
            return [Toneless(readings.ToString())];
        }

        var list = new List<string>(4);
        while (!readings.IsEmpty)
        {
            int space = readings.IndexOf(' ');
            var one = space < 0 ? readings : readings[..space];
            readings = space < 0 ? default : readings[(space + 1)..].TrimStart(' ');
            string t = Toneless(one.ToString());
            if (!list.Contains(t))
            {
                list.Add(t);
            }
        }

        return list.ToArray();
    }

    /// <summary>A pinyin syllable without tone marks: zhōng → zhong, lǜ → lv.</summary>
    internal static string Toneless(string reading)
    {
        // Fast path for the letters of Hanyu Pinyin (about 40,000 readings are read when the check is built; Unicode
        // decomposition of each was a visible part of the cold start). Anything else takes the general path below.
        Span<char> buffer = stackalloc char[reading.Length];
        bool fast = reading.Length <= 16;
        for (int i = 0; fast && i < reading.Length; i++)
        {
            char b = ToneBase(reading[i]);
            buffer[i] = b;
            fast = b != '\0';
        }

        return fast ? new string(buffer) : TonelessSlow(reading);
    }

    private static char ToneBase(char c) => c switch
    {
        >= 'a' and <= 'z' => c,
        >= 'A' and <= 'Z' => (char)(c + 32),
        'ā' or 'á' or 'ǎ' or 'à' => 'a',
        'ē' or 'é' or 'ě' or 'è' => 'e',
        'ī' or 'í' or 'ǐ' or 'ì' => 'i',
        'ō' or 'ó' or 'ǒ' or 'ò' => 'o',
        'ū' or 'ú' or 'ǔ' or 'ù' => 'u',
        'ü' or 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' => 'v',
        _ => '\0',
    };

    /// <summary>The general form of <see cref="Toneless"/>: decompose, drop marks, ü → v.</summary>
    internal static string TonelessSlow(string reading)
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
