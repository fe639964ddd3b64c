using BenchmarkDotNet.Attributes;
using ContentReview.Checks;
using ContentReview.Segmentation;

namespace ContentReview.Benchmarks.Segmentation;

/// <summary>
/// Dictionary build apart from cutting. Input: the SIGHAN 2005 PKU test text from ../shared/data (read at run time,
/// never copied); without it, sentences built from the dictionary. The whole-process comparison with Python jieba is
/// compare-jieba.sh in this folder.
/// Run: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- --filter '*SegmenterBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SegmenterBenchmarks
{
    private string[] _lines = [];
    private ArraySegment<byte> _dictBytes;
    private readonly List<TextSpan> _words = new(4096);

    [GlobalSetup]
    public void Setup()
    {
        _dictBytes = EmbeddedData.ReadAllBytes(EmbeddedData.JiebaDictionary);
        string? root = FindRepoRoot();
        string pku = root is null ? "" : Path.Combine(root, "..", "shared", "data", "icwb2", "testing", "pku_test.utf8");
        _lines = File.Exists(pku)
            ? File.ReadAllLines(pku)
            : Enumerable.Repeat("深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的二十大精神，2025年GDP增长5.2%。", 2000).ToArray();
        _ = JiebaSegmenter.Default.Cut("预热", hmm: true);
    }

    /// <summary>Decompressing and parsing the embedded dict.txt into the prefix trie (what Default pays once).</summary>
    [Benchmark]
    public int LoadDictionary()
    {
        var dict = new PrefixDictionary(expectedNodes: 500_000);
        dict.AddJiebaDictionary(EmbeddedData.ReadAllBytes(EmbeddedData.JiebaDictionary), "dict.txt");
        return dict.NodeCount;
    }

    /// <summary>Parsing only (the bytes already decompressed).</summary>
    [Benchmark]
    public int ParseDictionary()
    {
        var dict = new PrefixDictionary(expectedNodes: 500_000);
        dict.AddJiebaDictionary(_dictBytes, "dict.txt");
        return dict.NodeCount;
    }

    [Benchmark]
    public int CutHmmOff() => CutAll(hmm: false);

    [Benchmark]
    public int CutHmmOn() => CutAll(hmm: true);

    private int CutAll(bool hmm)
    {
        int n = 0;
        foreach (string line in _lines)
        {
            _words.Clear();
            JiebaSegmenter.Default.Cut(line, hmm, _words);
            n += _words.Count;
        }

        return n;
    }

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentReview.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
