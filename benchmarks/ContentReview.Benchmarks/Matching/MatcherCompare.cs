using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContentReview.Matching;

namespace ContentReview.Benchmarks.Matching;

/// <summary>
/// A quick single-process side-by-side comparison with a Stopwatch (medians), for re-running when the machine is quiet:
/// <c>dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- matcher-compare [--patterns 2000,20000,200000] [--reps 5] [--texts gov,random]</c>
/// </summary>
public static class MatcherCompare
{
    public static int Run(string[] args)
    {
        var counts = new[] { 2_000, 20_000, 200_000 };
        var texts = new[] { "gov", "random" };
        int reps = 5;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--patterns" when i + 1 < args.Length:
                    counts = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--reps" when i + 1 < args.Length:
                    reps = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--texts" when i + 1 < args.Length:
                    texts = args[++i].Split(',');
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: matcher-compare [--patterns 2000,20000,200000] [--reps 5] [--texts gov,random]");
                    return 2;
            }
        }

        Console.WriteLine($"# matcher-compare {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} CPUs, .NET {Environment.Version}, reps={reps}");
        foreach (var kind in texts)
        {
            string text = MatcherBenchData.Text(kind);
            double mb = Encoding.UTF8.GetByteCount(text) / 1e6;
            Console.WriteLine($"text '{kind}': {text.Length:N0} chars, {mb:F2} MB UTF-8" +
                (kind == "gov" ? $" (distinct source lines: {MatcherBenchData.GovUniqueUtf8Bytes / 1e6:F2} MB; the rest repeats them in shuffled order)" : " (no repetition by construction)"));
        }

        Console.WriteLine();
        Console.WriteLine("MB/s and M chars/s use wall-clock medians; 'CPU MB/s' uses this process's CPU time (median), which a busy shared machine disturbs less.");
        Console.WriteLine();
        Console.WriteLine("| patterns | engine | build ms | build alloc MB | text | search ms (median) | MB/s UTF-8 | M chars/s | CPU MB/s | matches |");
        Console.WriteLine("|---:|---|---:|---:|---|---:|---:|---:|---:|---:|");
        // Process warm-up: every engine on every text for about 1.5 s in all, untimed, so that tiered compilation of the
        // shared code paths is finished before the first timed row (without it the first row ran up to 2x slow).
        var warmPatterns = MatcherBenchData.Patterns(counts.Min());
        var warmSearches = Enumerable.Range(0, MatcherEngines.Names.Length).Select(e => MatcherEngines.Build(e, warmPatterns)).ToArray();
        var processWarm = Stopwatch.StartNew();
        while (processWarm.ElapsedMilliseconds < 1500)
        {
            foreach (var warmSearch in warmSearches)
            {
                foreach (var kind in texts)
                {
                    warmSearch(MatcherBenchData.Text(kind));
                }
            }
        }

        Thread.Sleep(200);
        foreach (int n in counts)
        {
            var patterns = MatcherBenchData.Patterns(n);
            for (int engine = 0; engine < MatcherEngines.Names.Length; engine++)
            {
                // Build: median of up to 3 (one is enough to see a 20-second build).
                Func<string, int> search = null!;
                var buildTimes = new List<double>();
                long alloc = 0;
                for (int b = 0; b < 3; b++)
                {
                    GC.Collect();
                    long before = GC.GetTotalAllocatedBytes(precise: true);
                    var sw = Stopwatch.StartNew();
                    search = MatcherEngines.Build(engine, patterns);
                    buildTimes.Add(sw.Elapsed.TotalMilliseconds);
                    alloc = GC.GetTotalAllocatedBytes(precise: true) - before;
                    if (sw.Elapsed.TotalSeconds > 2)
                    {
                        break;
                    }
                }

                foreach (var kind in texts)
                {
                    string text = MatcherBenchData.Text(kind);
                    double mb = Encoding.UTF8.GetByteCount(text) / 1e6;
                    // Warm-up: at least 3 runs and 300 ms, then a pause, so tiered compilation has installed the
                    // optimized code before anything is timed (the first engine of a process otherwise runs partly
                    // unoptimized).
                    int matches = 0;
                    var warm = Stopwatch.StartNew();
                    for (int w = 0; w < 3 || warm.ElapsedMilliseconds < 300; w++)
                    {
                        matches = search(text);
                    }

                    Thread.Sleep(100);
                    var times = new List<double>();
                    var cpu = new List<double>();
                    var process = Process.GetCurrentProcess();
                    for (int r = 0; r < reps; r++)
                    {
                        process.Refresh();
                        var cpuBefore = process.TotalProcessorTime;
                        var sw = Stopwatch.StartNew();
                        matches = search(text);
                        times.Add(sw.Elapsed.TotalMilliseconds);
                        process.Refresh();
                        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    }

                    double ms = Median(times);
                    double cpuMs = Math.Max(Median(cpu), 0.001);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {n:N0} | {MatcherEngines.Names[engine]} | {Median(buildTimes):F1} | {alloc / 1e6:F1} | {kind} | {ms:F1} | {mb / (ms / 1000):F0} | {text.Length / (ms / 1000) / 1e6:F1} | {mb / (cpuMs / 1000):F0} | {matches:N0} |"));
                }
            }
        }

        return 0;
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs[xs.Count / 2];
    }
}
