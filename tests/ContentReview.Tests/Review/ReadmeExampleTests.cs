namespace ContentReview.Tests.Review;

/// <summary>
/// The library example of README.md, statement for statement; only <c>Console</c> is replaced by a writer the test reads.
/// If this test changes, change the README with it.
/// </summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ReviewsASentence()
    {
        var Console = new StringWriter();

        // ---- README example starts ----
        // Build once (this loads the built-in lexicon), then share: the reviewer is immutable and thread-safe.
        var reviewer = ContentReviewer.CreateDefault();

        var result = reviewer.Review("国土资源部印发通知，热烈纪念中国共产党建党100周年。");
        foreach (var f in result.Findings)
        {
            Console.WriteLine($"{f.Start}+{f.Length} [{f.Severity}] {f.Text} → {string.Join(" / ", f.Suggestions)}：{f.Message}（{f.RuleId}）");
        }

        // HTML from a rich-text editor: spans point into the HTML, so a plugin can highlight them.
        var html = reviewer.Review("<p>国土<b>资源</b>部</p>", new ReviewOptions { ContentType = ContentType.Html });
        Console.WriteLine($"{html.Findings[0].Start}+{html.Findings[0].Length} (lexicon {html.LexiconVersion})");
        // ---- README example ends ----

        var lines = Console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("0+5 [Error] 国土资源部 → 自然资源部", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("纪念 → 庆祝", StringComparison.Ordinal));
        Assert.StartsWith("3+12 (lexicon ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeExample_IsTheCodeThisTestRuns()
    {
        static string Normalize(IEnumerable<string> lines) =>
            string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));

        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no ```csharp block");
        start += "```csharp\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var readmeLines = readme[start..end].Split('\n').Where(l => !l.TrimStart().StartsWith("using ", StringComparison.Ordinal));

        string test = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ContentReview.Tests", "Review", "ReadmeExampleTests.cs"));
        int from = test.IndexOf("// ---- README example starts ----", StringComparison.Ordinal);
        int to = test.IndexOf("// ---- README example ends ----", StringComparison.Ordinal);
        var testLines = test[from..to].Split('\n').Skip(1);

        Assert.Contains("ContentReviewer.CreateDefault()", Normalize(readmeLines), StringComparison.Ordinal);
        Assert.Equal(Normalize(testLines), Normalize(readmeLines));
    }
}
