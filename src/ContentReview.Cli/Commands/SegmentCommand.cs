using System.CommandLine;
using System.Text;
using ContentReview.Checks;
using ContentReview.Segmentation;

namespace ContentReview.Cli.Commands;

/// <summary>
/// <c>contentreview segment [FILE|-] [--hmm on|off] [--search] [--user-dict FILE]</c>: prints each input line as its
/// words separated by single spaces (the format of the SIGHAN bakeoff scorer). Whitespace tokens are dropped, so a
/// line's words are exactly the non-blank tokens jieba would yield.
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = "UTF-8 text file to segment, or - for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var hmm = new Option<string>("--hmm")
        {
            Description = "Join unknown characters into words with jieba's HMM: on (jieba's default) or off.",
            DefaultValueFactory = _ => "on",
        };
        hmm.AcceptOnlyFromAmong("on", "off");
        var search = new Option<bool>("--search")
        {
            Description = "Search-engine mode: also print the two- and three-character dictionary words inside long words.",
        };
        var userDict = new Option<string?>("--user-dict")
        {
            Description = "A jieba user dictionary (lines 'word [frequency] [tag]') to add to the dictionary.",
        };

        var stats = new Option<bool>("--stats")
        {
            Description = "Print the dictionary load time, the input size and the segmentation time to standard error.",
        };

        var command = new Command("segment", "Cut Chinese text into words (jieba-compatible); one output line per input line.");
        command.Arguments.Add(file);
        command.Options.Add(hmm);
        command.Options.Add(search);
        command.Options.Add(userDict);
        command.Options.Add(stats);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file) ?? "-",
            parseResult.GetValue(hmm) != "off",
            parseResult.GetValue(search),
            parseResult.GetValue(userDict),
            parseResult.GetValue(stats)));
        return command;
    }

    private static int Run(string file, bool hmm, bool search, string? userDict, bool stats)
    {
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        JiebaSegmenter segmenter;
        try
        {
            segmenter = userDict is null
                ? JiebaSegmenter.Default
                : JiebaSegmenter.CreateBuilder().AddUserDictionary(userDict).Build();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ContentReview.Lexicons.LexiconFormatException)
        {
            Console.Error.WriteLine($"contentreview segment: cannot load user dictionary '{userDict}': {e.Message}");
            return 2;
        }

        TextReader input;
        try
        {
            input = file == "-"
                ? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16)
                : new StreamReader(file, new UTF8Encoding(false), false, new FileStreamOptions { BufferSize = 1 << 16 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"contentreview segment: cannot read '{file}': {e.Message}");
            return 2;
        }

        TimeSpan loaded = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        long chars = 0, lines = 0, tokens = 0;
        using (input)
        using (var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16))
        {
            (lines, chars, tokens) = Write(segmenter, input, output, hmm, search);
        }

        if (stats)
        {
            TimeSpan total = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            Console.Error.WriteLine(
                $"dictionary load: {JiebaSegmenter.DefaultLoadTime.TotalMilliseconds:F0} ms (segmenter ready after {loaded.TotalMilliseconds:F0} ms); " +
                $"{lines} lines, {chars} chars, {tokens} tokens; segmenting and writing: {(total - loaded).TotalMilliseconds:F0} ms");
        }

        return 0;
    }

    /// <summary>The output loop: each input line as its non-blank words separated by single spaces, then "\n".</summary>
    internal static (long Lines, long Chars, long Tokens) Write(JiebaSegmenter segmenter, TextReader input, TextWriter output, bool hmm, bool search)
    {
        long chars = 0, lines = 0, tokens = 0;
        var words = new List<TextSpan>();
        while (input.ReadLine() is { } line)
        {
            words.Clear();
            lines++;
            chars += line.Length;
            if (search)
            {
                words.AddRange(segmenter.CutForSearch(line, hmm));
            }
            else
            {
                segmenter.Cut(line, hmm, words);
            }

            bool first = true;
            foreach (TextSpan w in words)
            {
                ReadOnlySpan<char> word = line.AsSpan(w.Start, w.Length);
                if (IsBlank(word))
                {
                    continue;
                }

                if (!first)
                {
                    output.Write(' ');
                }

                output.Write(word);
                first = false;
            }

            output.Write('\n');
            tokens += words.Count;
        }

        return (lines, chars, tokens);
    }

    private static bool IsBlank(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsWhiteSpace(c) && !JiebaCoreSpace(c))
            {
                return false;
            }
        }

        return true;

        static bool JiebaCoreSpace(char c) => c is >= '\u001C' and <= '\u001F';
    }
}
