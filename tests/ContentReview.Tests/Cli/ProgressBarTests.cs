using System.Text;
using ContentReview.Cli;
using ContentReview.Cli.Reviewing;
using ContentReview.Lexicons;
using Spectre.Console;

namespace ContentReview.Tests.Cli;

/// <summary>
/// The progress bar of long batches (Output/ProgressReporter): drawn on stderr when the batch outlives
/// <see cref="CliEnvironment.ProgressDelay"/>, stderr is a terminal and stdout is not; never for a short batch, a
/// redirected stderr, a terminal stdout (it would interleave with results), a single file or <c>--no-progress</c>.
/// For the slow batches the delay is shortened to 100 ms and the reviewer slowed down (100 ms a text, so a bar has about
/// a second to be drawn even when the test run shares the machine — at 50 ms it once was not, on a CI run); the short
/// batches keep the real one-second delay, so a loaded machine cannot make them long.
/// </summary>
[Collection(nameof(ProgressBarTests))]
public class ProgressBarTests
{
    private static readonly TimeSpan LongDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// case id, source (stdin: JSONL of unknown length; jsonl-file: known byte count; files: a folder of files), items
    /// in the batch, milliseconds per item, stderr a terminal, stdout a terminal, --no-progress, bar expected.
    /// </summary>
    public static TheoryData<string, string, int, int, bool, bool, bool, bool> Cases => new()
    {
        { "stdin-long-stderr-terminal", "stdin", 12, 100, true, false, false, true },
        { "jsonl-file-long-stderr-terminal", "jsonl-file", 12, 100, true, false, false, true },
        { "files-long-stderr-terminal", "files", 12, 100, true, false, false, true },
        { "stdin-short", "stdin", 3, 0, true, false, false, false },
        { "files-short", "files", 3, 0, true, false, false, false },
        { "files-one-file-never", "files", 1, 400, true, false, false, false },
        { "stdin-long-stderr-redirected", "stdin", 12, 100, false, false, false, false },
        { "files-long-stderr-redirected", "files", 12, 100, false, false, false, false },
        { "stdin-long-stdout-terminal", "stdin", 12, 100, true, true, false, false },
        { "stdin-long-no-progress", "stdin", 12, 100, true, false, true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Review_Batch_ShowsProgressBarOnlyWhenLongAndStderrIsATerminal(
        string caseId, string source, int items, int msPerItem, bool errorIsTerminal, bool outputIsTerminal, bool noProgress, bool expected)
    {
        using var dir = new TempDir();
        var (run, bar) = await RunAsync(dir, source, items, msPerItem, errorIsTerminal, outputIsTerminal, noProgress);
        Assert.True(run.ExitCode == 0, $"{caseId}: exit {run.ExitCode}: {run.Error}");
        if (source != "files")
        {
            Assert.Equal(items, run.OutputLines.Length); // every result is written whether or not a bar is drawn
        }

        Assert.True(expected == bar.Contains("reviewing", StringComparison.Ordinal), $"{caseId}: bar output '{bar}'");
        Assert.DoesNotContain("reviewing", run.Error, StringComparison.Ordinal); // the bar never goes to the results' writers
        Assert.DoesNotContain("reviewing", run.Output, StringComparison.Ordinal);
    }

    private static async Task<(CliRun Run, string Bar)> RunAsync(
        TempDir dir, string source, int items, int msPerItem, bool errorIsTerminal, bool outputIsTerminal, bool noProgress)
    {
        var input = string.Concat(Enumerable.Range(1, items).Select(i => $"{{\"id\":{i},\"text\":\"第{i}条\"}}\n"));
        var args = new List<string> { "review" };
        if (noProgress)
        {
            args.Add("--no-progress");
        }

        switch (source)
        {
            case "stdin":
                args.AddRange(["-i", "jsonl", "--jobs", "1", "-"]);
                break;
            case "jsonl-file":
                args.AddRange(["-i", "jsonl", "--jobs", "1", dir.Write("batch.jsonl", input)]);
                break;
            default:
                for (int i = 1; i <= items; i++)
                {
                    dir.Write($"docs/{i:D2}.txt", $"第{i}条");
                }

                args.Add(System.IO.Path.Combine(dir.Path, "docs"));
                break;
        }

        var bar = new StringWriter();
        var barSink = TextWriter.Synchronized(bar);
        var reviewer = new SlowReviewer(TimeSpan.FromMilliseconds(msPerItem));
        var run = await CliHarness.RunInAsync(args.ToArray(), (output, error) => new CliEnvironment
        {
            Output = output,
            Error = error,
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(input)),
            OutputIsTerminal = outputIsTerminal,
            ErrorIsTerminal = errorIsTerminal,
            ProgressDelay = msPerItem > 0 ? LongDelay : TimeSpan.FromSeconds(1),
            // A terminal-like sink: ANSI and interactive forced on, as on a real terminal.
            ErrorConsole = () =>
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Ansi = AnsiSupport.Yes,
                    Interactive = InteractionSupport.Yes,
                    ColorSystem = ColorSystemSupport.NoColors,
                    Out = new AnsiConsoleOutput(barSink),
                });
                console.Profile.Width = 100;
                return console;
            },
            ReviewerFactory = _ => reviewer,
        });
        return (run, bar.ToString());
    }

    /// <summary>A reviewer that finds nothing and takes a fixed time per text.</summary>
    private sealed class SlowReviewer(TimeSpan perText) : ITextReviewer
    {
        public LexiconInfo Lexicon { get; } = new("slow-1", []);

        public ReviewResult Review(string text, ReviewOptions options)
        {
            if (perText > TimeSpan.Zero)
            {
                Thread.Sleep(perText);
            }

            return new ReviewResult([], "slow-1");
        }
    }
}

/// <summary>
/// The progress-bar tests run alone: their slow fake reviewer blocks thread-pool threads, and under the other tests'
/// load the bar's timer could fire only after a batch ended, which is exactly what they measure.
/// </summary>
[CollectionDefinition(nameof(ProgressBarTests), DisableParallelization = true)]
public sealed class ProgressBarTestsCollection
{
}
