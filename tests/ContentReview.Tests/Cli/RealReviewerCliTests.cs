using System.Text.Json;

namespace ContentReview.Tests.Cli;

/// <summary>
/// The CLI end to end on the real <see cref="ContentReviewer"/> and YAML loader, with a lexicon written to a temp folder
/// and the built-in lexicon off, so the assertions do not depend on the built-in rule content.
/// </summary>
public sealed class RealReviewerCliTests : IDisposable
{
    private const string AgencyYaml = """
        category: agency-name
        allow: [原国土资源部大楼]
        rules:
          - id: agency-2018-guotuziyuanbu
            severity: error
            patterns: [国土资源部]
            suggestions: [自然资源部]
            message: 2018年国务院机构改革组建自然资源部，不再保留国土资源部。
            source: 《国务院机构改革方案》，2018年3月17日
            not-preceded-by: [原, 前]
        """;

    private readonly TempDir _lexicon = new();

    public RealReviewerCliTests() => _lexicon.Write("agency.yaml", AgencyYaml);

    public void Dispose() => _lexicon.Dispose();

    [Fact]
    public async Task Review_CustomLexicon_FlagsOutdatedNameButNotHistory()
    {
        using var docs = new TempDir();
        var file = docs.Write("d.txt", "第一行\n办公厅称国土资源部已印发，原国土资源部的职责划入。\n");

        var run = await CliHarness.RunRealAsync(["review", "--no-builtin", "--lexicon", _lexicon.Path, "-f", "json", file]);

        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(doc.RootElement.GetProperty("findings").EnumerateArray().ToList());
        Assert.Equal(8, finding.GetProperty("start").GetInt32());
        Assert.Equal((2, 5), (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        Assert.Equal("自然资源部", finding.GetProperty("suggestions")[0].GetString());
    }

    [Fact]
    public async Task Review_HtmlFile_OffsetsPointIntoTheOriginalHtml()
    {
        using var docs = new TempDir();
        const string html = "<html><head><style>p{}</style></head><body><p class=\"国土资源部\">办公厅称<b>国土资源部</b>印发</p></body></html>";
        var file = docs.Write("page.html", html);

        var run = await CliHarness.RunRealAsync(["review", "--no-builtin", "-l", _lexicon.Path, "-f", "json", file]);

        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal("html", doc.RootElement.GetProperty("contentType").GetString());
        var finding = Assert.Single(doc.RootElement.GetProperty("findings").EnumerateArray().ToList());
        var start = finding.GetProperty("start").GetInt32();
        Assert.Equal(html.IndexOf("<b>国土资源部", StringComparison.Ordinal) + 3, start);
        Assert.Equal("国土资源部", html.Substring(start, finding.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Batch_RealReviewer_OneLinePerInputAndErrorsInPlace()
    {
        var input = "{\"id\":\"a\",\"text\":\"国土资源部\"}\n{\"id\":\"b\",\"text\":\"原国土资源部\"}\n{\"id\":\"c\"}\n";

        var run = await CliHarness.RunRealAsync(["review", "--no-builtin", "-l", _lexicon.Path, "-i", "jsonl", "-"], input);

        var lines = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("findings").GetArrayLength());
        Assert.Equal(0, lines[1].GetProperty("findings").GetArrayLength());
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task LexiconValidate_RealLoader_GoodAndBadFolders()
    {
        using var bad = new TempDir();
        bad.Write("typo.yaml", """
            category: typo
            rules:
              - id: typo-a
                severity: warning
                patern: [x]
                message: m
                source: s
            """);

        var good = await CliHarness.RunRealAsync(["lexicon", "validate", "--no-builtin", _lexicon.Path]);
        var broken = await CliHarness.RunRealAsync(["lexicon", "validate", "--no-builtin", bad.Path]);

        Assert.Equal(0, good.ExitCode);
        Assert.Contains($"OK {_lexicon.Path}: 1 rule file, 1 rule in force (1 error, 0 warning, 0 info)", good.Output, StringComparison.Ordinal);
        Assert.Equal(2, broken.ExitCode);
        Assert.Matches(@"^error: .*typo\.yaml:\d+: rule 'typo-a': ", broken.Error);
        Assert.Contains("patern", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_RealLoader_BadLexiconFolder_ExitsTwoWithLocation()
    {
        using var bad = new TempDir();
        bad.Write("x.yaml", "category: typo\nrules:\n  - id: t1\n    severity: fatal\n    patterns: [a]\n    message: m\n    source: s\n");

        var run = await CliHarness.RunRealAsync(["review", "--no-builtin", "-l", bad.Path, "-"], "a");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("x.yaml:", run.Error, StringComparison.Ordinal);
        Assert.Contains("t1", run.Error, StringComparison.Ordinal);
    }
}
