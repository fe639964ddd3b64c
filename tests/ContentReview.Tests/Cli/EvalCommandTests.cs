using System.Text.Json;

namespace ContentReview.Tests.Cli;

public sealed class EvalCommandTests
{
    // With the fake reviewer: k1 is flagged and fixed, k2 flagged (截止, a warning, with the right fix), k3 missed,
    // k4 is clean but 国土资源部 there is a false positive.
    private const string Cases = """
        {"id":"k1","text":"国土资源部办公厅印发要点。","expect":[{"span":"国土资源部","suggest":"自然资源部"}]}
        {"id":"k2","text":"截止目前已完成。","expect":[{"span":"截止","suggest":"截至"}]}
        {"id":"k3","text":"农业部部署工作。","expect":[{"span":"农业部","suggest":"农业农村部"}]}
        {"id":"k4","text":"原国土资源部旧址。","expect":[]}
        """;

    [Fact]
    public async Task Eval_Text_PrintsTheThreeFiguresAndListsMissesAndFalsePositives()
    {
        using var dir = new TempDir();
        var file = dir.Write("cases.jsonl", Cases);

        var run = await CliHarness.RunAsync(["eval", file]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 cases (1 clean)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"recall:\s+66\.7%\s+\(2/3 expected spans flagged\)", run.Output);
        Assert.Matches(@"suggestion accuracy:\s+66\.7%\s+\(2/3 ", run.Output);
        Assert.Matches(@"false positives:\s+1\s+\(.*1 on clean cases\)", run.Output);
        Assert.Contains("  k3: 农业部 → 农业农村部", run.Output, StringComparison.Ordinal);
        Assert.Contains("  k4: 国土资源部 → 自然资源部 [error agency-2018-guotuziyuanbu] at 1+5", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Json_HasFiguresAndLists()
    {
        using var dir = new TempDir();
        var file = dir.Write("cases.jsonl", Cases);

        var run = await CliHarness.RunAsync(["eval", "--format", "json", file]);

        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("cases").GetInt32());
        Assert.Equal(2, root.GetProperty("recall").GetProperty("flagged").GetInt32());
        Assert.Equal(3, root.GetProperty("recall").GetProperty("expected").GetInt32());
        Assert.Equal(0.6667, root.GetProperty("recall").GetProperty("value").GetDouble());
        Assert.Equal(2, root.GetProperty("suggestionAccuracy").GetProperty("correct").GetInt32());
        Assert.Equal(1, root.GetProperty("falsePositives").GetProperty("count").GetInt32());
        Assert.Equal("k3", root.GetProperty("misses")[0].GetProperty("id").GetString());
        Assert.Equal("k4", root.GetProperty("falsePositiveFindings")[0].GetProperty("id").GetString());
        Assert.Equal("fake-1", root.GetProperty("lexiconVersion").GetString());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Eval_MalformedCaseLine_IsReportedScoringGoesOn_ExitTwo()
    {
        using var dir = new TempDir();
        var file = dir.Write("cases.jsonl", Cases + "\n{\"id\":\"k5\",\"text\":\"abc\",\"expect\":[{\"span\":\"zzz\"}]}\n");

        var run = await CliHarness.RunAsync(["eval", file]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:5: error: case k5: expect[1]: span \"zzz\" does not occur in the text", run.Error, StringComparison.Ordinal);
        Assert.Contains("4 cases (1 clean), 1 unreadable", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFile_ExitsTwo()
    {
        var run = await CliHarness.RunAsync(["eval", "no-such-cases.jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-cases.jsonl: no such file", run.Error, StringComparison.Ordinal);
    }

    [SharedEvalFact]
    public async Task Eval_SharedDevCases_RunsOnTheBuiltInLexiconAndPrintsTheThreeFigures()
    {
        var run = await CliHarness.RunRealAsync(["eval", SharedData.DevCases!]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"recall:\s+\d+\.\d%", run.Output);
        Assert.Matches(@"suggestion accuracy:\s+\d+\.\d%", run.Output);
        Assert.Matches(@"false positives:\s+\d+", run.Output);
    }
}
