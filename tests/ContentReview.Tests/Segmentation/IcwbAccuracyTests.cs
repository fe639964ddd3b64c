using ContentReview.Checks;
using ContentReview.Segmentation;

namespace ContentReview.Tests.Segmentation;

/// <summary>
/// Word-level F1 on the SIGHAN 2005 bakeoff test sets (../shared/data/icwb2) with the official perl scorer, against
/// jieba's published figures (reproduced with Debian's python3-jieba: PKU 0.836 / MSR 0.827 with the HMM off,
/// 0.818 / 0.813 with it on). The segmentation is written the way <c>contentreview segment</c> writes it.
/// </summary>
[Trait("Category", "Accuracy")]
public sealed class IcwbAccuracyTests
{
    [IcwbScorerFact]
    public void Cut_PkuHmmOff_ReachesJiebaF1() => AssertF1("pku", hmm: false, 0.836);

    [IcwbScorerFact]
    public void Cut_MsrHmmOff_ReachesJiebaF1() => AssertF1("msr", hmm: false, 0.827);

    [IcwbScorerFact]
    public void Cut_PkuHmmOn_ReachesJiebaF1() => AssertF1("pku", hmm: true, 0.818);

    [IcwbScorerFact]
    public void Cut_MsrHmmOn_ReachesJiebaF1() => AssertF1("msr", hmm: true, 0.813);

    private static void AssertF1(string corpus, bool hmm, double published)
    {
        string dir = Path.Combine(TestData.SharedData!, "icwb2");
        string output = Path.Combine(Path.GetTempPath(), $"contentreview-{corpus}-{hmm}-{Guid.NewGuid():N}.txt");
        try
        {
            var words = new List<TextSpan>();
            using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false)))
            {
                foreach (string line in File.ReadLines(Path.Combine(dir, "testing", corpus + "_test.utf8")))
                {
                    words.Clear();
                    JiebaSegmenter.Default.Cut(line, hmm, words);
                    writer.Write(string.Join(' ', words.Select(w => line.Substring(w.Start, w.Length)).Where(w => !string.IsNullOrWhiteSpace(w))));
                    writer.Write('\n');
                }
            }

            var psi = new System.Diagnostics.ProcessStartInfo("perl")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add(Path.Combine(dir, "scripts", "score"));
            psi.ArgumentList.Add(Path.Combine(dir, "gold", corpus + "_training_words.utf8"));
            psi.ArgumentList.Add(Path.Combine(dir, "gold", corpus + "_test_gold.utf8"));
            psi.ArgumentList.Add(output);
            using var perl = System.Diagnostics.Process.Start(psi)!;
            string report = perl.StandardOutput.ReadToEnd();
            perl.WaitForExit();
            string fLine = report.Split('\n').Single(l => l.StartsWith("=== F MEASURE:", StringComparison.Ordinal));
            double f = double.Parse(fLine["=== F MEASURE:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(f >= published, $"{corpus} hmm={hmm}: F1 {f}, jieba {published}");
        }
        finally
        {
            File.Delete(output);
        }
    }
}

/// <summary>Skipped, with the reason, when ../shared/data or perl (for the official scorer) is missing.</summary>
public sealed class IcwbScorerFactAttribute : FactAttribute
{
    public IcwbScorerFactAttribute()
    {
        if (TestData.SharedData is null)
        {
            Skip = "../shared/data (the SIGHAN 2005 bakeoff data, outside the repository) is not present";
        }
        else if (!(Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "perl"))))
        {
            Skip = "perl (needed by the official icwb2 scorer) is not on PATH";
        }
    }
}
