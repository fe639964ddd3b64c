using BenchmarkDotNet.Attributes;
using ContentReview.Matching;

namespace ContentReview.Benchmarks.Matching;

/// <summary>
/// Search throughput over ~10 MB of text (see <see cref="MatcherBenchData"/>); build excluded (done in GlobalSetup).
/// MB/s of UTF-8-equivalent input = 10 MiB / mean time; see benchmarks/results/*-matcher.md.
/// Run: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- --filter '*MatcherSearch*' --job short
/// (add --inProcess on a busy machine, where building the out-of-process boilerplate can exceed BenchmarkDotNet's timeout).
/// </summary>
[MemoryDiagnoser]
public class MatcherSearchBenchmarks
{
    private string _text = "";
    private MultiPatternMatcher _leftmost = null!;
    private MultiPatternMatcher _all = null!;
    private MultiPatternMatcher _leftmostRaw = null!;
    private TextbookAhoCorasick _textbook = null!;
    private System.Buffers.SearchValues<string> _searchValues = null!;

    /// <summary>Pattern counts; CR_BENCH_PATTERNS="20000" narrows a run (default 2,000 / 20,000 / 200,000).</summary>
    public static IEnumerable<int> PatternCounts => MatcherBenchData.PatternCountsFromEnvironment();

    [ParamsSource(nameof(PatternCounts))]
    public int Patterns { get; set; }

    [Params("gov", "random")]
    public string Text { get; set; } = "gov";

    [GlobalSetup]
    public void Setup()
    {
        _text = MatcherBenchData.Text(Text);
        var patterns = MatcherBenchData.Patterns(Patterns);
        _leftmost = MultiPatternMatcher.Create(patterns);
        _all = MultiPatternMatcher.Create(patterns, MatcherEngines.Options(MatchKind.All, normalize: true));
        _leftmostRaw = MultiPatternMatcher.Create(patterns, MatcherEngines.Options(MatchKind.LeftmostLongest, normalize: false));
        _textbook = new TextbookAhoCorasick(patterns);
        _searchValues = System.Buffers.SearchValues.Create(patterns, StringComparison.Ordinal);
    }

    [Benchmark(Baseline = true, Description = "Matcher LL norm")]
    public int MatcherLeftmostNormalized() => MatcherEngines.Count(_leftmost, _text);

    [Benchmark(Description = "Matcher All norm")]
    public int MatcherAllNormalized() => MatcherEngines.Count(_all, _text);

    [Benchmark(Description = "Matcher LL raw")]
    public int MatcherLeftmostRaw() => MatcherEngines.Count(_leftmostRaw, _text);

    [Benchmark(Description = "Textbook AC")]
    public int Textbook() => _textbook.CountAll(_text);

    [Benchmark(Description = "SearchValues loop")]
    public int SearchValuesLoop() => MatcherEngines.CountSearchValues(_searchValues, _text);
}

/// <summary>Build cost alone. Run: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- --filter '*MatcherBuild*' --job short</summary>
[MemoryDiagnoser]
public class MatcherBuildBenchmarks
{
    private string[] _patterns = [];

    /// <summary>Pattern counts; CR_BENCH_PATTERNS="20000" narrows a run (default 2,000 / 20,000 / 200,000).</summary>
    public static IEnumerable<int> PatternCounts => MatcherBenchData.PatternCountsFromEnvironment();

    [ParamsSource(nameof(PatternCounts))]
    public int Patterns { get; set; }

    [GlobalSetup]
    public void Setup() => _patterns = MatcherBenchData.Patterns(Patterns);

    [Benchmark(Baseline = true, Description = "Matcher norm")]
    public MultiPatternMatcher MatcherNormalized() => MultiPatternMatcher.Create(_patterns);

    [Benchmark(Description = "Matcher raw")]
    public MultiPatternMatcher MatcherRaw() => MultiPatternMatcher.Create(_patterns, MatcherEngines.Options(MatchKind.LeftmostLongest, normalize: false));

    [Benchmark(Description = "Textbook AC")]
    public TextbookAhoCorasick Textbook() => new(_patterns);

    [Benchmark(Description = "SearchValues")]
    public object SearchValuesCreate() => System.Buffers.SearchValues.Create(_patterns, StringComparison.Ordinal);
}
