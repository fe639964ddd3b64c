using ContentReview.Cli.Eval;

namespace ContentReview.Tests.Cli;

public sealed class EvalScorerTests
{
    private static Finding F(int start, int length, Severity severity = Severity.Error, params string[] suggestions) => new()
    {
        Start = start,
        Length = length,
        Text = "",
        RuleId = $"r{start}",
        Category = Categories.Typo,
        Severity = severity,
        Message = "m",
        Suggestions = suggestions,
    };

    private static EvalResult Score(string text, ExpectedSpan[] expect, params Finding[] findings) =>
        EvalScorer.Score([new ReviewCase("c1", text, expect, 1)], _ => findings);

    // text: 全区开展建党100年系列宣传活动。 ("建党100年" at 4..10)
    private const string Text = "全区开展建党100年系列宣传活动。";
    private static readonly ExpectedSpan[] Expect = [new("建党100年", "建党100周年")];

    public static TheoryData<string, Finding[], int, int, int> Cases => new()
    {
        // id, findings, hits, correct suggestions, false positives
        { "E01 exact span, right fix", [F(4, 6, Severity.Error, "建党100周年")], 1, 1, 0 },
        { "E02 shorter span, right fix", [F(9, 1, Severity.Error, "周年")], 1, 1, 0 },
        { "E03 longer span, right fix", [F(2, 8, Severity.Error, "开展建党100周年")], 1, 1, 0 },
        { "E04 fix right up to whitespace", [F(4, 6, Severity.Error, "建党 100 周年")], 1, 1, 0 },
        { "E05 wrong fix", [F(4, 6, Severity.Error, "建党一百年")], 1, 0, 0 },
        { "E06 no suggestion", [F(4, 6, Severity.Warning)], 1, 0, 0 },
        { "E07 only the first suggestion counts", [F(4, 6, Severity.Error, "建党一百年", "建党100周年")], 1, 0, 0 },
        { "E08 touching before is not overlapping", [F(2, 2, Severity.Error, "x")], 0, 0, 1 },
        { "E09 touching after is not overlapping", [F(10, 2, Severity.Error, "x")], 0, 0, 1 },
        { "E10 info finding flags but is never a false positive", [F(4, 6, Severity.Info, "建党100周年"), F(0, 2, Severity.Info)], 1, 1, 0 },
        { "E11 one right finding among several overlapping", [F(4, 3, Severity.Warning, "x"), F(4, 6, Severity.Error, "建党100周年")], 1, 1, 0 },
        { "E12 nothing found", [], 0, 0, 0 },
        { "E13 a warning elsewhere is a false positive", [F(4, 6, Severity.Error, "建党100周年"), F(12, 2, Severity.Warning)], 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_FollowsTheEvalReadme(string id, Finding[] findings, int hits, int correct, int falsePositives)
    {
        var result = Score(Text, Expect, findings);

        Assert.True(
            (result.Hits, result.SuggestCorrect, result.FalsePositives.Count) == (hits, correct, falsePositives),
            $"{id}: hits {result.Hits}, correct {result.SuggestCorrect}, fp {result.FalsePositives.Count}");
        Assert.Equal(1, result.Expected);
        Assert.Equal(1, result.SuggestTotal);
        Assert.Equal(1 - hits, result.Misses.Count);
    }

    [Fact]
    public void Score_UsesTheFirstOccurrenceOfTheSpan()
    {
        // "农业部" occurs at 0 and 6; only a finding on the first occurrence counts.
        var text = "农业部通知：农业部";
        var expect = new[] { new ExpectedSpan("农业部", "农业农村部") };

        var second = Score(text, expect, F(6, 3, Severity.Error, "农业农村部"));
        var first = Score(text, expect, F(0, 3, Severity.Error, "农业农村部"));

        Assert.Equal((0, 1), (second.Hits, second.FalsePositives.Count));
        Assert.Equal((1, 1, 0), (first.Hits, first.SuggestCorrect, first.FalsePositives.Count));
    }

    [Fact]
    public void Score_CleanCase_EveryWarningOrErrorIsAFalsePositive()
    {
        var result = Score("自然资源部印发通知。", [], F(0, 5, Severity.Error), F(5, 2, Severity.Warning), F(7, 2, Severity.Info));

        Assert.Equal(1, result.CleanCases);
        Assert.Equal(2, result.FalsePositives.Count);
        Assert.All(result.FalsePositives, fp => Assert.True(fp.CleanCase));
        Assert.Null(result.Recall);
        Assert.Null(result.SuggestionAccuracy);
    }

    [Fact]
    public void Score_SpanWithoutSuggest_CountsForRecallOnly()
    {
        var result = Score("市质检局检查。", [new ExpectedSpan("质检局", null)], F(1, 3, Severity.Warning));

        Assert.Equal((1, 1, 0), (result.Expected, result.Hits, result.SuggestTotal));
        Assert.Equal(1.0, result.Recall);
    }

    [Fact]
    public void Score_AggregatesOverCases()
    {
        ReviewCase[] cases =
        [
            new("a", "国土资源部发文", [new ExpectedSpan("国土资源部", "自然资源部")], 1),
            new("b", "农业部发文", [new ExpectedSpan("农业部", "农业农村部")], 2),
            new("c", "一切正常", [], 3),
        ];
        var findings = new Dictionary<string, Finding[]>
        {
            ["a"] = [F(0, 5, Severity.Error, "自然资源部")],
            ["b"] = [],
            ["c"] = [F(0, 2, Severity.Warning)],
        };

        var result = EvalScorer.Score(cases, c => findings[c.Id]);

        Assert.Equal((3, 1, 2, 1, 2, 1), (result.Cases, result.CleanCases, result.Expected, result.Hits, result.SuggestTotal, result.SuggestCorrect));
        Assert.Equal(0.5, result.Recall);
        Assert.Equal("b", Assert.Single(result.Misses).CaseId);
        Assert.Equal("c", Assert.Single(result.FalsePositives).CaseId);
        var wrong = Assert.Single(result.WrongSuggestions);
        Assert.False(wrong.Flagged);
    }

    [Theory]
    [InlineData("C01", "{\"id\":\"x\",\"text\":\"t\",\"expect\":[]}", null)]
    [InlineData("C02", "{\"id\":\"x\",\"text\":\"t\"}", "\"expect\" must be an array")]
    [InlineData("C03", "{\"id\":\"x\",\"text\":\"abc\",\"expect\":[{\"span\":\"zz\"}]}", "does not occur in the text")]
    [InlineData("C04", "{\"id\":\"x\",\"text\":\"abc\",\"expect\":[{\"span\":\"\"}]}", "non-empty string \"span\"")]
    [InlineData("C05", "{\"id\":\"x\",\"text\":\"abc\",\"expect\":[{\"span\":\"a\",\"suggest\":3}]}", "\"suggest\" must be a string")]
    [InlineData("C06", "{\"text\":\"abc\",\"expect\":[]}", "\"id\"")]
    [InlineData("C07", "{\"id\":\"x\",\"text\":1,\"expect\":[]}", "\"text\" must be a string")]
    [InlineData("C08", "nope", "invalid JSON")]
    public void ReadCase_ValidatesEveryField(string id, string line, string? error)
    {
        var (reviewCase, problem) = ReviewCaseReader.Parse(line, 9);

        if (error is null)
        {
            Assert.True(reviewCase is not null && problem is null, id);
        }
        else
        {
            Assert.True(reviewCase is null && problem is not null, id);
            Assert.Equal(9, problem.Line);
            Assert.Contains(error, problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadCases_DuplicateIdIsAnError()
    {
        var lines = ReviewCaseReader.Read(new StringReader("{\"id\":\"x\",\"text\":\"a\",\"expect\":[]}\n\n{\"id\":\"x\",\"text\":\"b\",\"expect\":[]}")).ToList();

        Assert.Equal(2, lines.Count);
        Assert.NotNull(lines[0].Case);
        Assert.Equal(3, lines[1].Error!.Line);
        Assert.Contains("duplicate id", lines[1].Error!.Message, StringComparison.Ordinal);
    }
}
