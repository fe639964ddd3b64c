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

        // One job: the fake records calls in the order they happen, and parallel jobs may call out of input order.
        await CliHarness.RunAsync(["review", "-i", "jsonl", "--jobs", "1", "-"], input, reviewer: fake);
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
    public async Task Batch_Streams_EachResultIsWrittenBeforeTheNextLineIsRead()
    {
        var output = new StringWriter();
        var reader = new WatchingReader(output, ["{\"id\":1,\"text\":\"a\"}", "{\"id\":2,\"text\":\"b\"}", "{\"id\":3,\"text\":\"c\"}"]);
        var batch = new JsonlBatch(CliHarness.DefaultFake(), ReviewOptions.Default, output, new StringWriter());

        var summary = await batch.RunAsync(reader, "test", parallelism: 1);

        Assert.Equal(3, summary.Reviewed);
        Assert.Equal([0, 1, 2], reader.OutputLinesSeenBeforeRead.Take(3));
    }

    [Fact]
    public async Task Batch_Parallel_KeepsInputOrder()
    {
        var input = string.Join("\n", new[] { "slow" }.Concat(Enumerable.Range(1, 40).Select(i => $"fast{i}"))
            .Select((t, i) => $"{{\"id\":{i},\"text\":\"{t}\"}}"));

        var run = await CliHarness.RunAsync(["review", "-i", "jsonl", "--jobs", "4", "-"], input, reviewer: new ScriptedReviewer());

        var ids = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).ToArray();
        Assert.Equal(Enumerable.Range(0, 41), ids);
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Batch_ReviewerBugOnOneLine_IsReportedInPlace_OthersReviewed_ExitThree(int jobs)
    {
        var input = "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"boom\"}\n{\"id\":\"c\",\"text\":\"ok\"}";

        var run = await CliHarness.RunAsync(["review", "-i", "jsonl", "-j", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), "-"], input, reviewer: new ScriptedReviewer());

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(3, run.OutputLines.Length);
        var bad = JsonDocument.Parse(run.OutputLines[1]).RootElement;
        Assert.Equal(2, bad.GetProperty("line").GetInt32());
        Assert.Contains("InvalidOperationException: boom", bad.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("<stdin>:2: internal error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_Parallel_AnswersALineBeforeTheNextOneArrives()
    {
        // A caller that pipes one text, waits for its answer, then sends the next: the reader below does not hand out
        // line 2 until line 1's answer is on the output (or gives up after 10 s, which fails the test).
        var inner = new StringWriter();
        var output = TextWriter.Synchronized(inner);
        var reader = new InteractiveReader(inner, output);
        var batch = new JsonlBatch(CliHarness.DefaultFake(), ReviewOptions.Default, output, new StringWriter());

        var summary = await batch.RunAsync(reader, "test", parallelism: 4);

        Assert.False(reader.TimedOut);
        Assert.Equal(2, summary.Reviewed);
    }

    /// <summary>Sleeps on "slow", throws on "boom", finds nothing otherwise.</summary>
    private sealed class ScriptedReviewer : ContentReview.Cli.Reviewing.ITextReviewer
    {
        public ContentReview.Lexicons.LexiconInfo Lexicon { get; } = new("scripted", []);

        public ReviewResult Review(string text, ReviewOptions options)
        {
            if (text == "slow")
            {
                Thread.Sleep(300);
            }

            if (text == "boom")
            {
                throw new InvalidOperationException("boom");
            }

            return new ReviewResult([], "scripted");
        }
    }

    private sealed class InteractiveReader(StringWriter inner, TextWriter synchronizedOutput) : TextReader
    {
        private int _calls;

        public bool TimedOut { get; private set; }

        public override string? ReadLine()
        {
            _calls++;
            if (_calls == 1)
            {
                return "{\"id\":1,\"text\":\"a\"}";
            }

            if (_calls == 2)
            {
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (DateTime.UtcNow < deadline)
                {
                    lock (synchronizedOutput)
                    {
                        if (inner.ToString().Contains('\n', StringComparison.Ordinal))
                        {
                            return "{\"id\":2,\"text\":\"b\"}";
                        }
                    }

                    Thread.Sleep(5);
                }

                TimedOut = true;
                return null;
            }

            return null;
        }
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
