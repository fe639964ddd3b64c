using System.Text;

namespace ContentReview.Benchmarks.Matching;

/// <summary>
/// Benchmark inputs, generated deterministically (seeded) on first use:
/// patterns sampled uniformly from jieba's dictionary (lexicons/dict/jieba/dict.txt); "gov" text from the public
/// People's Daily / MSR test sentences and legal-domain CSC sentences in ../shared/data (read, never copied), lines
/// shuffled and repeated to ~10 MB of UTF-8; "random" text of dictionary words drawn by frequency, never repeating.
/// </summary>
public static class MatcherBenchData
{
    /// <summary>Target size of each text, in bytes of UTF-8.</summary>
    public const int TargetUtf8Bytes = 10 * 1024 * 1024;

    private static readonly Lazy<(string[] Words, long[] Cumulative)> s_dictionary = new(LoadDictionary);
    private static readonly Lazy<(string Text, int UniqueUtf8Bytes)> s_gov = new(BuildGovText);
    private static readonly Lazy<string> s_random = new(BuildRandomText);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string Text(string kind) => kind switch
    {
        "gov" => s_gov.Value.Text,
        "random" => s_random.Value,
        _ => throw new ArgumentException($"Unknown text kind '{kind}' (gov, random).", nameof(kind)),
    };

    /// <summary>Bytes of distinct source lines behind the gov text (the rest is repetition).</summary>
    public static int GovUniqueUtf8Bytes => s_gov.Value.UniqueUtf8Bytes;

    /// <summary>The pattern counts to run: CR_BENCH_PATTERNS (comma-separated) or 2,000 / 20,000 / 200,000.</summary>
    public static int[] PatternCountsFromEnvironment() =>
        (Environment.GetEnvironmentVariable("CR_BENCH_PATTERNS") ?? "2000,20000,200000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary><paramref name="count"/> distinct dictionary words, sampled uniformly with a fixed seed.</summary>
    public static string[] Patterns(int count)
    {
        var words = s_dictionary.Value.Words;
        var rng = new Random(2026);
        var index = Enumerable.Range(0, words.Length).ToArray();
        rng.Shuffle(index);
        return index.Take(count).Select(i => words[i]).ToArray();
    }

    private static (string[] Words, long[] Cumulative) LoadDictionary()
    {
        var words = new List<string>();
        var cumulative = new List<long>();
        long sum = 0;
        foreach (var line in File.ReadLines(Path.Combine(RepoRoot, "lexicons", "dict", "jieba", "dict.txt")))
        {
            var parts = line.Split(' ');
            words.Add(parts[0]);
            sum += long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            cumulative.Add(sum);
        }

        return (words.ToArray(), cumulative.ToArray());
    }

    private static (string, int) BuildGovText()
    {
        var lines = new List<string>();
        string icwb2 = Path.Combine(SharedData, "icwb2", "testing");
        string csc = Path.Combine(SharedData, "csc");
        if (!Directory.Exists(icwb2) || !Directory.Exists(csc))
        {
            throw new DirectoryNotFoundException($"Benchmark data not found under {SharedData} (icwb2/testing, csc).");
        }

        foreach (var file in new[] { "pku_test.utf8", "msr_test.utf8" })
        {
            lines.AddRange(File.ReadLines(Path.Combine(icwb2, file)).Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        foreach (var file in new[] { "ec_law_test.tsv", "sighan15_test.tsv", "mcsc_test.tsv" })
        {
            lines.AddRange(File.ReadLines(Path.Combine(csc, file)).Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => p[1].Trim()));
        }

        lines = lines.Distinct(StringComparer.Ordinal).ToList();
        int unique = lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        var rng = new Random(42);
        var sb = new StringBuilder(TargetUtf8Bytes / 2);
        long bytes = 0;
        var order = lines.ToArray();
        while (bytes < TargetUtf8Bytes)
        {
            rng.Shuffle(order);
            foreach (var l in order)
            {
                sb.Append(l).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(l) + 1;
                if (bytes >= TargetUtf8Bytes)
                {
                    break;
                }
            }
        }

        return (sb.ToString(), unique);
    }

    private static string BuildRandomText()
    {
        var (words, cumulative) = s_dictionary.Value;
        long total = cumulative[^1];
        var rng = new Random(7);
        var sb = new StringBuilder(TargetUtf8Bytes / 2);
        long bytes = 0;
        int sinceComma = 0;
        while (bytes < TargetUtf8Bytes)
        {
            long x = rng.NextInt64(total);
            int i = Array.BinarySearch(cumulative, x + 1);
            if (i < 0)
            {
                i = ~i;
            }

            string w = words[i];
            sb.Append(w);
            bytes += Encoding.UTF8.GetByteCount(w);
            if (++sinceComma >= 6 + rng.Next(10))
            {
                sb.Append(rng.Next(4) == 0 ? '。' : '，');
                bytes += 3;
                sinceComma = 0;
            }
        }

        return sb.ToString();
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContentReview.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Repository root (ContentReview.sln) not found above " + AppContext.BaseDirectory);
    }
}
