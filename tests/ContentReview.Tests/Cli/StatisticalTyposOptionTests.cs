using System.Text.Json;

namespace ContentReview.Tests.Cli;

public sealed class StatisticalTyposOptionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Review_StatisticalTyposFlag_AddsStatisticalTypoFindingsOnlyWhenGiven(bool flag)
    {
        using var docs = new TempDir();
        var file = docs.Write("d.txt", "这是程序正档原则的要求。\n");
        string[] args = flag ? ["review", "--statistical-typos", "-f", "json", file] : ["review", "-f", "json", file];

        var run = await CliHarness.RunRealAsync(args);

        using var doc = JsonDocument.Parse(run.Output);
        var ruleIds = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(flag, ruleIds.Contains(ContentReview.Checks.Typo.StatisticalTypoCheck.RuleId));
    }
}
