using System.Text;
using Spectre.Console;
using ContentReview.Cli.Reviewing;

namespace ContentReview.Cli;

/// <summary>
/// Everything a command touches outside itself: the output and error writers, standard input, whether they are
/// terminals, and how a reviewer is built. <see cref="FromConsole"/> gives the real process console; tests build one
/// over string writers (and, where a fixed rule set matters, a fake reviewer factory).
/// </summary>
internal sealed class CliEnvironment
{
    /// <summary>Where results go (stdout).</summary>
    public required TextWriter Output { get; init; }

    /// <summary>Where diagnostics, errors and the progress bar go (stderr).</summary>
    public required TextWriter Error { get; init; }

    /// <summary>
    /// Opens standard input as bytes; called at most once per command, and only when a command reads from "-". The
    /// command decodes it (strictly, in the encoding the user chose), exactly as it decodes files.
    /// </summary>
    public required Func<Stream> OpenInput { get; init; }

    /// <summary>Whether <see cref="Output"/> is an interactive terminal (colour is used only then).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether <see cref="Error"/> is an interactive terminal (the progress bar is shown only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether the user asked for no colour (the NO_COLOR convention, or TERM=dumb).</summary>
    public bool NoColorRequested { get; init; }

    /// <summary>Creates the Spectre.Console console the progress bar draws on (stderr), or null for no progress bar.</summary>
    public Func<IAnsiConsole>? ErrorConsole { get; init; }

    /// <summary>
    /// How long a batch must run before the progress bar appears (default one second, so short batches never flash a
    /// bar). Tests shorten it.
    /// </summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Builds the reviewer a command runs on.</summary>
    public Func<ReviewerSettings, ITextReviewer> ReviewerFactory { get; init; } = ContentReviewerAdapter.Create;

    /// <summary>The environment of this process: console streams (UTF-8), terminal detection, NO_COLOR.</summary>
    public static CliEnvironment FromConsole()
    {
        // Chinese output must not depend on the locale of the machine: results are always UTF-8.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var term = Environment.GetEnvironmentVariable("TERM");
        return new CliEnvironment
        {
            Output = stdout,
            Error = Console.Error,
            OpenInput = Console.OpenStandardInput,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColorRequested = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                || string.Equals(term, "dumb", StringComparison.Ordinal),
            ErrorConsole = () => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        };
    }
}
