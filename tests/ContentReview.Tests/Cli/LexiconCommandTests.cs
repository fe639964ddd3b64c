using System.Text.Json;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Cli;

public sealed class LexiconCommandTests
{
    [Fact]
    public async Task Validate_GoodFolder_PrintsOkWithCounts()
    {
        using var dir = new TempDir();
        dir.Write("a.yaml", "category: typo\n");

        var run = await CliHarness.RunAsync(["lexicon", "validate", "--no-builtin", dir.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"OK {dir.Path}: 1 rule file,", run.Output, StringComparison.Ordinal);
        Assert.Contains("lexicon fake-1: 3 rules in force (1 error, 1 warning, 1 info)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadFolder_PrintsFileLineRule_ExitTwo()
    {
        using var dir = new TempDir();
        var run = await CliHarness.RunAsync(
            ["lexicon", "validate", dir.Path],
            factory: _ => throw new LexiconFormatException("x/typo.yaml", 12, "typo-abc", "duplicate id"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: x/typo.yaml:12: rule 'typo-abc': duplicate id", run.Error.Trim());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Validate_MissingFolder_ExitTwo()
    {
        var run = await CliHarness.RunAsync(["lexicon", "validate", "/no/such/folder"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Text_ShowsVersionAndCountsByCategoryAndSeverity()
    {
        var run = await CliHarness.RunAsync(["lexicon", "stats"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lexicon version: fake-1", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"agency-name\s+1\s+0\s+0\s+1", run.Output);
        Assert.Matches(@"confusable\s+0\s+1\s+0\s+1", run.Output);
        Assert.Matches(@"total\s+1\s+1\s+1\s+3", run.Output);
    }

    [Fact]
    public async Task Stats_Json_HasVersionAndCounts()
    {
        var run = await CliHarness.RunAsync(["lexicon", "stats", "-f", "json"]);

        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal("fake-1", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("rules").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("byCategory").GetProperty("typo").GetProperty("info").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("bySeverity").GetProperty("error").GetInt32());
    }
}
