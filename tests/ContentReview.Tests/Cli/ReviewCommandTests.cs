using System.Text;
using System.Text.Json;
using ContentReview.Cli.Reviewing;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Cli;

public sealed class ReviewCommandTests
{
    [Fact]
    public async Task Review_TextFormat_ShowsLocationContextMarkerSuggestionAndMessage()
    {
        using var dir = new TempDir();
        var file = dir.Write("draft.txt", "第一行。\n办公厅称国土资源部已印发。\n");

        var run = await CliHarness.RunAsync(["review", file]);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith($"{file}:2:5: error agency-name agency-2018-guotuziyuanbu", StringComparison.Ordinal));
        Assert.True(header >= 0, run.Output);
        Assert.Equal("    办公厅称国土资源部已印发。", lines[header + 1]);
        // 4 wide characters before the span = 8 cells; 5 wide characters in it = 10 carets.
        Assert.Equal("    " + new string(' ', 8) + new string('^', 10), lines[header + 2]);
        Assert.Equal("    suggest: 自然资源部", lines[header + 3]);
        Assert.Equal("    国土资源部说明", lines[header + 4]);
        Assert.Contains("1 finding in 1 of 1 file: 1 error, 0 warnings, 0 info.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto", true, false, true)]
    [InlineData("auto", false, false, false)]
    [InlineData("auto", true, true, false)]
    [InlineData("always", false, false, true)]
    [InlineData("never", true, false, false)]
    public async Task Review_Colour_OnlyOnTerminalWithoutNoColor(string color, bool terminal, bool noColor, bool expectAnsi)
    {
        var run = await CliHarness.RunAsync(["review", "--color", color, "-"], "国土资源部", outputIsTerminal: terminal, noColor: noColor);

        Assert.Equal(expectAnsi, run.Output.Contains("\u001b[", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_CleanText_ExitsZero()
    {
        var run = await CliHarness.RunAsync(["review", "-"], "自然资源部印发通知。");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No findings in 1 file.", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R01", "国土资源部", new string[0], 1)]
    [InlineData("R02", "截止目前", new string[0], 0)]
    [InlineData("R03", "截止目前", new[] { "--fail-on", "warning" }, 1)]
    [InlineData("R04", "的的", new[] { "--fail-on", "warning" }, 0)]
    [InlineData("R05", "的的", new[] { "--fail-on", "info" }, 1)]
    [InlineData("R06", "国土资源部", new[] { "--fail-on", "never" }, 0)]
    [InlineData("R07", "国土资源部", new[] { "--category", "typo", "--fail-on", "info" }, 0)]
    [InlineData("R08", "的的", new[] { "--min-severity", "warning", "--fail-on", "info" }, 0)]
    public async Task Review_ExitCode_FollowsFailOnAndFilters(string id, string text, string[] extra, int expected)
    {
        var run = await CliHarness.RunAsync(["review", "-", .. extra], text);

        Assert.True(expected == run.ExitCode, $"{id}: exit {run.ExitCode}\n{run.Output}\n{run.Error}");
    }

    [Fact]
    public async Task Review_CategoryAndMinSeverity_FilterReportedFindings()
    {
        var text = "国土资源部截止的的";
        var onlyTypo = await CliHarness.RunAsync(["review", "-f", "json", "-c", "typo", "-"], text);
        var atLeastWarning = await CliHarness.RunAsync(["review", "-f", "json", "--min-severity", "warning", "-"], text);

        Assert.Equal(["typo-dede"], RuleIds(onlyTypo.Output));
        Assert.Equal(["agency-2018-guotuziyuanbu", "confusable-jiezhi"], RuleIds(atLeastWarning.Output));
    }

    [Fact]
    public async Task Review_SingleFileJson_IsOneObjectWithFindingShape()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.md", "😀\r\n国土资源部");

        var run = await CliHarness.RunAsync(["review", "--format", "json", file]);

        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(file, root.GetProperty("file").GetString());
        Assert.Equal("text", root.GetProperty("contentType").GetString());
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray().ToList());
        Assert.Equal(4, finding.GetProperty("start").GetInt32()); // surrogate pair (2) + \r\n (2), UTF-16 units
        Assert.Equal(5, finding.GetProperty("length").GetInt32());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal(1, finding.GetProperty("column").GetInt32());
        Assert.Equal("国土资源部", finding.GetProperty("text").GetString());
        Assert.Equal("agency-2018-guotuziyuanbu", finding.GetProperty("ruleId").GetString());
        Assert.Equal("agency-name", finding.GetProperty("category").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("国土资源部说明", finding.GetProperty("message").GetString());
        Assert.Equal(["自然资源部"], finding.GetProperty("suggestions").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal("测试来源", finding.GetProperty("source").GetString());
        Assert.Contains("\"国土资源部\"", run.Output, StringComparison.Ordinal); // Chinese is not \u-escaped
    }

    [Fact]
    public async Task Review_Directory_WalksRecursivelySortedOnlyReviewableExtensions_JsonArray()
    {
        using var dir = new TempDir();
        dir.Write("b.txt", "国土资源部");
        dir.Write("a/z.html", "<p>截止</p>");
        dir.Write("a/y.htm", "无");
        dir.Write("c.md", "的的");
        dir.Write("skip.yaml", "国土资源部");
        dir.Write("skip.docx", "国土资源部");
        dir.Write(".hidden/x.txt", "国土资源部");
        var fake = CliHarness.DefaultFake();

        var run = await CliHarness.RunAsync(["review", "--format", "json", dir.Path], reviewer: fake);

        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        var files = doc.RootElement.EnumerateArray()
            .Select(e => Path.GetRelativePath(dir.Path, e.GetProperty("file").GetString()!).Replace('\\', '/'))
            .ToArray();
        Assert.Equal(["a/y.htm", "a/z.html", "b.txt", "c.md"], files);
        Assert.Equal([ContentType.Html, ContentType.Html, ContentType.PlainText, ContentType.PlainText], fake.ContentTypesSeen);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Review_SeveralInputs_JsonlOneLinePerInput()
    {
        using var dir = new TempDir();
        var a = dir.Write("a.txt", "国土资源部");
        var b = dir.Write("b.txt", "干净");

        var run = await CliHarness.RunAsync(["review", "-f", "jsonl", a, b]);

        var lines = run.OutputLines;
        Assert.Equal(2, lines.Length);
        Assert.Equal(a, JsonDocument.Parse(lines[0]).RootElement.GetProperty("file").GetString());
        Assert.Equal(0, JsonDocument.Parse(lines[1]).RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Review_ContentTypeOption_OverridesExtension()
    {
        var fake = CliHarness.DefaultFake();

        await CliHarness.RunAsync(["review", "--content-type", "html", "-"], "<p>x</p>", reviewer: fake);

        Assert.Equal([ContentType.Html], fake.ContentTypesSeen);
    }

    [Theory]
    [InlineData("missing", "no such file or folder")]
    [InlineData("--bogus", "unknown option")]
    public async Task Review_MissingInput_ExitsTwoNamingIt(string argument, string message)
    {
        var run = await CliHarness.RunAsync(["review", argument]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(argument, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("U01", new[] { "review", "--format", "xml", "-" })]
    [InlineData("U02", new[] { "review", "--fail-on", "fatal", "-" })]
    [InlineData("U03", new[] { "review", "--category", "nonsense", "-" })]
    [InlineData("U04", new[] { "review", "--input", "jsonl", "--format", "text", "-" })]
    [InlineData("U05", new[] { "review", "--no-builtin", "-" })]
    [InlineData("U06", new[] { "review", "--lexicon", "/nonexistent-folder", "-" })]
    [InlineData("U07", new[] { "review", "--encoding", "klingon", "-" })]
    [InlineData("U08", new[] { "frobnicate" })]
    [InlineData("U09", new string[0])]
    public async Task Review_UsageError_ExitsTwoWithMessage(string id, string[] args)
    {
        var run = await CliHarness.RunAsync(args, "x");

        Assert.True(run.ExitCode == 2, $"{id}: exit {run.ExitCode}\n{run.Error}");
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BadLexicon_ExitsTwoWithFileLineAndRule()
    {
        using var dir = new TempDir();
        var run = await CliHarness.RunAsync(
            ["review", "--lexicon", dir.Path, "-"], "x",
            factory: _ => throw new LexiconFormatException("rules/a.yaml", 7, "agency-x", "unknown key 'patern'"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rules/a.yaml:7: rule 'agency-x': unknown key 'patern'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_LexiconOptions_ReachTheReviewerFactory()
    {
        using var one = new TempDir();
        using var two = new TempDir();
        ReviewerSettings? seen = null;

        await CliHarness.RunAsync(
            ["review", "--lexicon", one.Path, "-l", two.Path, "--no-builtin", "-"], "x",
            factory: s => { seen = s; return CliHarness.DefaultFake(); });

        Assert.NotNull(seen);
        Assert.False(seen.UseBuiltInLexicon);
        Assert.Equal([one.Path, two.Path], seen.LexiconDirectories);
    }

    [Fact]
    public async Task Review_InvalidUtf8_ExitsTwoAndSuggestsGb18030_WhichThenWorks()
    {
        using var dir = new TempDir();
        var gb = CodePagesEncoding("gb18030");
        var file = dir.Write("gbk.txt", "国土资源部印发通知", gb);

        var asUtf8 = await CliHarness.RunAsync(["review", file]);
        var asGb = await CliHarness.RunAsync(["review", "--encoding", "gb18030", "-f", "json", file]);

        Assert.Equal(2, asUtf8.ExitCode);
        Assert.Contains("--encoding gb18030", asUtf8.Error, StringComparison.Ordinal);
        Assert.Equal(1, asGb.ExitCode);
        Assert.Equal(["agency-2018-guotuziyuanbu"], RuleIds(asGb.Output));
    }

    [Fact]
    public async Task Review_TooLongFile_IsAnInputErrorNamingTheLimit()
    {
        var run = await CliHarness.RunAsync(["review", "--max-input-length", "3", "-"], "国土资源部");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("limit is 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_InternalError_ExitsThree()
    {
        var run = await CliHarness.RunAsync(["review", "-"], "x", factory: _ => throw new InvalidOperationException("boom"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("boom", run.Error, StringComparison.Ordinal);
    }

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    internal static string[] RuleIds(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();
    }
}
