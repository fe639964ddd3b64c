using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ContentReview.Checks.Lexicon;
using ContentReview.Lexicons;

namespace ContentReview.Benchmarks.Review;

/// <summary>
/// Reviewing a 5,000-character article with the full built-in lexicon (target: median under 1 ms on one core).
/// Run: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- --filter 'ContentReview.Benchmarks.Review.*'
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
public class ReviewBenchmarks
{
    private ContentReviewer _reviewer = null!;
    private string _text = "";
    private string _html = "";

    /// <summary>
    /// notice: a government notice written for this benchmark, with a few planted errors, repeated to 5,000 characters.
    /// ec-law: correct sentences of ../shared/data/csc/ec_law_test.tsv (legal prose, no planted errors) to 5,000
    /// characters; falls back to the notice when ../shared is absent. ec-law-joined: the same sentences run together
    /// without line breaks (one 5,000-character paragraph: sentence-scoped conditions and whole-word segmentation see
    /// long sentences, and every regex rule whose literals occur anywhere runs on the whole text).
    /// </summary>
    [Params("notice", "ec-law", "ec-law-joined")]
    public string Article { get; set; } = "notice";

    [GlobalSetup]
    public void Setup()
    {
        _reviewer = ContentReviewer.CreateDefault();
        _text = Articles.Get(Article, 5000);
        _html = Articles.ToHtml(_text);
        _reviewer.Review(_text); // the whole-word fallback dictionary loads on first use: not part of a review
    }

    [Benchmark(Description = "Review 5,000 chars (plain text)")]
    public int ReviewPlain() => _reviewer.Review(_text).Findings.Count;

    [Benchmark(Description = "Review 5,000 chars (as HTML paragraphs)")]
    public int ReviewHtml() => _reviewer.Review(_html, new ReviewOptions { ContentType = ContentType.Html }).Findings.Count;
}

/// <summary>
/// Building the reviewer from the built-in lexicon (target: under 500 ms). <c>CreateDefault</c> reuses the rule files
/// parsed once per process; <c>ParseAndBuild</c> decompresses and parses them again, as the first build in a process does.
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
public class ReviewerBuildBenchmarks
{
    [GlobalSetup]
    public void Setup() => ContentReviewer.CreateDefault();

    [Benchmark(Description = "CreateDefault (rule files already parsed)")]
    public int CreateDefault() => ContentReviewer.CreateDefault().Lexicon.Rules.Count;

    [Benchmark(Description = "Decompress + parse + build (first build in a process, JIT aside)")]
    public int ParseAndBuild()
    {
        var files = BuiltInLexicon.Load();
        var composed = LexiconComposer.Compose(files, [], []);
        return new LexiconCheck(composed.Rules, DefaultWordSegmenter.Instance).RuleCount;
    }
}

/// <summary>The benchmark articles.</summary>
internal static class Articles
{
    private const string Notice = """
        各区人民政府，市政府各委、办、局：
        为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务水平，经市政府同意，现就有关事项通知如下。
        一、总体要求。坚持以人民为中心的发展思想，不忘初心，牢记使命，围绕企业和群众办事的难点堵点，推进政务服务标准化、规范化、便利化。
        二、重点任务。（一）推进“一网通办”。市发展与改革委员会、市国土资源局要会同有关部门，在2024年底前实现高频事项全程网办。
        （二）加强数据共享。依托市大数据平台，推进人口、法人、电子证照等基础数据集中共享，做到数据多跑路、群众少跑腿。
        （三）优化审批流程。对涉及多个部门的事项，实行一次告知、一表申请、并联审批，审批时限压减一半以上。
        三、保障措施。各单位要高度重视，明确责任分工，按装好相关设备，截止目前仍未完成的事项要列出清单，限期整改。
        市农业部门要会同市场监管部门做好督促检查，对工作推进不力的，予以通报批评。
        四、其他事项。本通知自印发之日起施行。热烈庆祝中国共产党成立100周年，纪念毛泽东同志诞辰130周年座谈会精神要认真学习贯彻。
        """;

    public static string Get(string name, int length)
    {
        string source = Notice;
        if (name is "ec-law" or "ec-law-joined")
        {
            var path = Path.Combine(FindRepoRoot(), "..", "shared", "data", "csc", "ec_law_test.tsv");
            if (File.Exists(path))
            {
                source = string.Join(name == "ec-law" ? "\n" : "", File.ReadLines(path).Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => p[1]));
            }
            else
            {
                Console.Error.WriteLine($"ec-law: {path} not found; using the notice text instead.");
            }
        }

        var sb = new System.Text.StringBuilder(length + source.Length);
        while (sb.Length < length)
        {
            sb.Append(source);
        }

        return sb.ToString(0, length);
    }

    public static string ToHtml(string text) =>
        string.Concat(text.Split('\n').Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line).Replace("政府", "<b>政府</b>", StringComparison.Ordinal)}</p>\n"));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContentReview.sln")))
        {
            dir = dir.Parent;
        }

        // BenchmarkDotNet runs from a generated folder under the bin folder, so this finds the repo from there too.
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>
/// The first <c>CreateDefault</c> in a fresh process: decompressing and parsing the rule files, JIT and all. Each launch
/// is a new process that builds once.
/// </summary>
[Config(typeof(ColdStartConfig))]
public class ReviewerColdBuildBenchmarks
{
    [Benchmark(Description = "CreateDefault, first in a new process")]
    public int CreateDefaultCold() => ContentReviewer.CreateDefault().Lexicon.Rules.Count;
}

/// <summary>
/// ShortRun, in process, with the memory diagnoser. In process because the shared 2-core machine builds the generated
/// benchmark project slower than BenchmarkDotNet's default build timeout; warm steady-state figures do not need the
/// process isolation.
/// </summary>
internal sealed class InProcessShortRunConfig : ManualConfig
{
    public InProcessShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>Five fresh processes, one build each: what the first <c>CreateDefault</c> of a service or CLI costs.</summary>
internal sealed class ColdStartConfig : ManualConfig
{
    public ColdStartConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithWarmupCount(0).WithIterationCount(1));
        WithBuildTimeout(TimeSpan.FromMinutes(20));
    }
}
