using System.Text.Json;
using ContentReview.Cli.Reviewing;

namespace ContentReview.Tests.Cli;

public sealed class JsonlBatchTests
{
    [Fact]
    public async Task Batch_EachLineGivesOneOutputLine_InInputOrder()
    {
        var input = """
            {"id":"a","text":"国土资源部和国土资源部"}
            {"id":7,"text":"没有问题"}
            {"id":"c","text":"截止","extra":{"ignored":true}}
            """;

        var run = await CliHarness.RunAsync(["review", "--input", "jsonl", "-"], input);

        var lines = run.OutputLines;
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        var findings = first.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal([0, 6], findings.Select(f => f.GetProperty("start").GetInt32()));
        var f0 = findings[0];
        Assert.Equal(
            ["start", "length", "text", "ruleId", "category", "severity", "message", "suggestions", "source"],
            f0.EnumerateObject().Select(p => p.Name));
        Assert.Equal("error", f0.GetProperty("severity").GetString());
        Assert.Equal(7, JsonDocument.Parse(lines[1]).RootElement.GetProperty("id").GetInt32());
        Assert.Equal("c", JsonDocument.Parse(lines[2]).RootElement.GetProperty("id").GetString());
        Assert.Equal(1, run.ExitCode); // an error finding, default --fail-on error
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("M01", "{not json", null, "invalid JSON")]
    [InlineData("M02", "[1,2]", null, "expected a JSON object, got an array")]
    [InlineData("M03", "{\"text\":\"x\"}", null, "missing \"id\"")]
    [InlineData("M04", "{\"id\":{\"a\":1},\"text\":\"x\"}", null, "\"id\" must be a string or a number")]
    [InlineData("M05", "{\"id\":\"k\"}", "k", "missing \"text\"")]
    [InlineData("M06", "{\"id\":\"k\",\"text\":5}", "k", "\"text\" must be a string, got a number")]
    [InlineData("M07", "{\"id\":\"k\",\"text\":\"x\",\"contentType\":\"pdf\"}", "k", "\"contentType\" must be")]
    [InlineData("M08", "{\"id\":\"k\",\"text\":\"123456789\"}", "k", "limit is 8")]
    public async Task Batch_MalformedLine_ReportsLineNumber_AndTheBatchGoesOn(string id, string bad, string? expectedId, string message)
    {
        var input = "{\"id\":\"first\",\"text\":\"好\"}\n" + bad + "\n{\"id\":\"last\",\"text\":\"国土资源部\"}\n";

        var run = await CliHarness.RunAsync(["review", "-i", "jsonl", "--max-input-length", "8", "-"], input);

        var lines = run.OutputLines;
        Assert.True(lines.Length == 3, $"{id}: {run.Output}");
        using var error = JsonDocument.Parse(lines[1]);
        var root = error.RootElement;
        if (expectedId is null)
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
        }
        else
        {
            Assert.Equal(expectedId, root.GetProperty("id").GetString());
        }

        Assert.Equal(2, root.GetProperty("line").GetInt32());
        Assert.Contains(message, root.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("<stdin>:2: error:", run.Error, StringComparison.Ordinal);
        Assert.Equal("last", JsonDocument.Parse(lines[2]).RootElement.GetProperty("id").GetString());
        Assert.Equal(2, run.ExitCode); // bad lines outrank findings
    }

    [Fact]
    public async Task Batch_BlankLines_ProduceNothingButCountForLineNumbers()
    {
        var run = await CliHarness.RunAsync(["review", "-i", "jsonl", "-"], "\n{\"id\":1,\"text\":\"好\"}\n   \n{oops\n");

        Assert.Equal(2, run.OutputLines.Length);
        Assert.Equal(4, JsonDocument.Parse(run.OutputLines[1]).RootElement.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Batch_ContentTypePerLine_DefaultsToTextOrTheOption()
    {
        var fake = CliHarness.DefaultFake();
        var input = "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"<p>a</p>\",\"contentType\":\"html\"}\n{\"id\":3,\"text\":\"a\",\"contentType\":\"text\"}\n";

        await CliHarness.RunAsync(["review", "-i", "jsonl", "-"], input, reviewer: fake);
        var second = CliHarness.DefaultFake();
        await CliHarness.RunAsync(["review", "-i", "jsonl", "--content-type", "html", "-"], "{\"id\":1,\"text\":\"a\"}", reviewer: second);

        Assert.Equal([ContentType.PlainText, ContentType.Html, ContentType.PlainText], fake.ContentTypesSeen);
        Assert.Equal([ContentType.Html], second.ContentTypesSeen);
    }

    [Fact]
    public async Task Batch_FromFile_Works_AndAFolderIsAUsageError()
    {
        using var dir = new TempDir();
        var file = dir.Write("batch.jsonl", "{\"id\":\"x\",\"text\":\"截止\"}\n");

        var fromFile = await CliHarness.RunAsync(["review", "-i", "jsonl", file]);
        var fromFolder = await CliHarness.RunAsync(["review", "-i", "jsonl", dir.Path]);

        Assert.Equal(0, fromFile.ExitCode); // a warning, default --fail-on error
        Assert.Single(fromFile.OutputLines);
        Assert.Equal(2, fromFolder.ExitCode);
        Assert.Contains("is a folder", fromFolder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Streams_EachResultIsWrittenBeforeTheNextLineIsRead()
    {
        var output = new StringWriter();
        var reader = new WatchingReader(output, ["{\"id\":1,\"text\":\"a\"}", "{\"id\":2,\"text\":\"b\"}", "{\"id\":3,\"text\":\"c\"}"]);
        var batch = new JsonlBatch(CliHarness.DefaultFake(), ReviewOptions.Default, output, new StringWriter());

        var summary = batch.Run(reader, "test");

        Assert.Equal(3, summary.Reviewed);
        Assert.Equal([0, 1, 2], reader.OutputLinesSeenBeforeRead.Take(3));
    }

    /// <summary>Hands out lines one at a time and records how many output lines existed when each was requested.</summary>
    private sealed class WatchingReader(StringWriter output, string[] lines) : TextReader
    {
        private int _next;

        public List<int> OutputLinesSeenBeforeRead { get; } = [];

        public override string? ReadLine()
        {
            OutputLinesSeenBeforeRead.Add(output.ToString().Count(c => c == '\n'));
            return _next < lines.Length ? lines[_next++] : null;
        }
    }
}
