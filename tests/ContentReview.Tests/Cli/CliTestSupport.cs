using System.Text;
using ContentReview.Cli;
using ContentReview.Cli.Reviewing;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Cli;

/// <summary>What one in-process run of the tool produced.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>A rule of the fake reviewer: every ordinal occurrence of <see cref="Pattern"/> is a finding.</summary>
public sealed record FakeRule(string Pattern, string RuleId, string Category, Severity Severity, params string[] Suggestions);

/// <summary>
/// A reviewer with a fixed, tiny rule set so CLI tests assert formatting, filtering and exit codes without depending on
/// the built-in lexicon's content. It honours categories, minimum severity and the length limit like the real one,
/// and records the content types it was asked for.
/// </summary>
internal sealed class FakeReviewer(params FakeRule[] rules) : ITextReviewer
{
    public List<ContentType> ContentTypesSeen { get; } = [];

    public LexiconInfo Lexicon { get; } = new("fake-1", rules.Select(r => new RuleInfo
    {
        Id = r.RuleId,
        Category = r.Category,
        Severity = r.Severity,
        Patterns = [r.Pattern],
        Suggestions = r.Suggestions,
        Message = $"{r.Pattern}说明",
        Source = "测试来源",
        File = "fake.yaml",
    }).ToList());

    public ReviewResult Review(string text, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > options.MaxInputLength)
        {
            throw new ArgumentException($"The text is {text.Length} characters long; the limit is {options.MaxInputLength}.", nameof(text));
        }

        lock (ContentTypesSeen)
        {
            ContentTypesSeen.Add(options.ContentType);
        }

        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            if (rule.Severity < options.MinimumSeverity
                || (options.Categories is not null && !options.Categories.Contains(rule.Category)))
            {
                continue;
            }

            for (var at = text.IndexOf(rule.Pattern, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(rule.Pattern, at + rule.Pattern.Length, StringComparison.Ordinal))
            {
                findings.Add(new Finding
                {
                    Start = at,
                    Length = rule.Pattern.Length,
                    Text = rule.Pattern,
                    RuleId = rule.RuleId,
                    Category = rule.Category,
                    Severity = rule.Severity,
                    Message = $"{rule.Pattern}说明",
                    Suggestions = rule.Suggestions,
                    Source = "测试来源",
                });
            }
        }

        return new ReviewResult(findings.OrderBy(f => f.Start).ThenByDescending(f => f.Length).ToList(), "fake-1");
    }
}

internal static class CliHarness
{
    /// <summary>The default fake rule set: one error, one warning, one info rule.</summary>
    public static FakeReviewer DefaultFake() => new(
        new FakeRule("国土资源部", "agency-2018-guotuziyuanbu", Categories.AgencyName, Severity.Error, "自然资源部"),
        new FakeRule("截止", "confusable-jiezhi", Categories.Confusable, Severity.Warning, "截至"),
        new FakeRule("的的", "typo-dede", Categories.Typo, Severity.Info));

    /// <summary>Runs the tool in-process with captured stdout/stderr and the given stdin.</summary>
    public static Task<CliRun> RunAsync(
        string[] args, string stdin = "", ITextReviewer? reviewer = null, Func<ReviewerSettings, ITextReviewer>? factory = null,
        bool outputIsTerminal = false, bool noColor = false)
    {
        var fake = reviewer ?? DefaultFake();
        return RunInAsync(args, (output, error) => new CliEnvironment
        {
            Output = output,
            Error = error,
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            OutputIsTerminal = outputIsTerminal,
            ErrorIsTerminal = false,
            NoColorRequested = noColor,
            ReviewerFactory = factory ?? (_ => fake),
        });
    }

    /// <summary>Runs the tool in-process in the environment <paramref name="environment"/> makes around captured stdout and stderr.</summary>
    public static async Task<CliRun> RunInAsync(string[] args, Func<TextWriter, TextWriter, CliEnvironment> environment)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, environment(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool with standard input given as bytes, decoded the way the process console decodes them.</summary>
    public static Task<CliRun> RunWithStdinBytesAsync(string[] args, byte[] stdin)
    {
        var fake = DefaultFake();
        return RunInAsync(args, (output, error) => new CliEnvironment
        {
            Output = output,
            Error = error,
            OpenInput = () => new MemoryStream(stdin),
            ReviewerFactory = _ => fake,
        });
    }

    /// <summary>Runs the tool on the real reviewer (ContentReviewer and its lexicon loader).</summary>
    public static Task<CliRun> RunRealAsync(string[] args, string stdin = "") =>
        RunInAsync(args, (output, error) => new CliEnvironment { Output = output, Error = error, OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)) });
}

/// <summary>A temporary folder, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cr-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content, Encoding? encoding = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, encoding ?? new UTF8Encoding(false));
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Where the shared evaluation data lives: ../shared from the repository root (absent in a user's clone).</summary>
internal static class SharedData
{
    public static string? RepoRoot { get; } = FindRepoRoot();

    public static string? DevCases
    {
        get
        {
            if (RepoRoot is null)
            {
                return null;
            }

            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "eval", "dev-cases.jsonl"));
            return File.Exists(path) ? path : null;
        }
    }

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ContentReview.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with the reason, when ../shared/eval/dev-cases.jsonl is not there.</summary>
public sealed class SharedEvalFactAttribute : FactAttribute
{
    public SharedEvalFactAttribute()
    {
        if (SharedData.DevCases is null)
        {
            Skip = "../shared/eval/dev-cases.jsonl is absent (the shared data sits beside the repository only in the project's CI and workspace)";
        }
    }
}
