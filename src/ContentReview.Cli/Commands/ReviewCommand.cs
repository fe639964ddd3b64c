using System.CommandLine;
using System.Text;
using ContentReview.Cli.Output;
using ContentReview.Cli.Reviewing;

namespace ContentReview.Cli.Commands;

/// <summary><c>contentreview review [FILE|DIR|-]…</c>: review files, folders, stdin, or a JSONL batch.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliEnvironment env)
    {
        var shared = new SharedOptions();
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.txt, .html/.htm, .md), folders (walked recursively, sorted), or - for standard input "
                + "(the default). With --input jsonl: one JSONL file or -.",
            HelpName = "FILE|DIR|-",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: text (default for files; coloured on a terminal), json (one object {\"file\",\"findings\"} "
                + "for a single file or stdin, an array for a folder or several inputs), jsonl (one line per input; "
                + "the only format for --input jsonl).",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var input = new Option<string>("--input", "-i")
        {
            Description = "files (default), or jsonl: every line {\"id\",\"text\",\"contentType\"?} gives one output line "
                + "{\"id\",\"findings\"} in input order; a malformed line gives {\"id\",\"line\",\"error\"} and exit code 2 "
                + "at the end, the batch goes on.",
            DefaultValueFactory = _ => "files",
        };
        input.AcceptOnlyFromAmong("files", "jsonl");
        var contentType = new Option<string>("--content-type")
        {
            Description = "auto (default: .html/.htm are HTML, everything else plain text), text or html.",
            DefaultValueFactory = _ => "auto",
        };
        contentType.AcceptOnlyFromAmong("auto", "text", "html");
        var encoding = new Option<string>("--encoding")
        {
            Description = "Encoding of the files (default utf-8, strict; a byte-order mark wins). E.g. gb18030, big5.",
            DefaultValueFactory = _ => "utf-8",
        };
        var category = new Option<string[]>("--category", "-c")
        {
            Description = "Report only these categories (repeatable), e.g. agency-name, typo, privacy.",
            HelpName = "CATEGORY",
            AllowMultipleArgumentsPerToken = false,
        };
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = "Report only findings at or above this severity: info (default), warning, error.",
            DefaultValueFactory = _ => "info",
        };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a reported finding is at or above this severity: info, warning, error "
                + "(default), or never.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("info", "warning", "error", "never");
        var color = new Option<string>("--color")
        {
            Description = "Colour in the text format: auto (default: only on a terminal, and not when NO_COLOR is set), "
                + "always, never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var maxLength = new Option<int>("--max-input-length")
        {
            Description = $"Longest text accepted, in UTF-16 code units (default {ReviewOptions.DefaultMaxInputLength:N0}); "
                + "a longer one is an input error.",
            DefaultValueFactory = _ => ReviewOptions.DefaultMaxInputLength,
        };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress bar." };

        var command = new Command("review", "Review files, folders, standard input or a JSONL batch for 错敏信息.\n"
            + "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on; 2 usage or input error "
            + "(missing or unreadable file, malformed lexicon, malformed JSONL line — the other lines are still reviewed); "
            + "3 internal error.");
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { format, input, contentType, encoding, category, minSeverity, failOn, color, maxLength, noProgress })
        {
            command.Options.Add(option);
        }

        shared.AddTo(command);
        command.SetAction(CliApp.Guard(env, async (parse, cancellation) =>
        {
            var paths = parse.GetValue(inputs) is { Length: > 0 } given ? given : ["-"];
            var formatName = parse.GetValue(format);
            var batch = parse.GetValue(input) == "jsonl";
            if (batch && formatName is not null and not "jsonl")
            {
                throw new CliUsageException($"--input jsonl writes JSONL; --format {formatName} does not apply");
            }

            if (parse.GetValue(maxLength) <= 0)
            {
                throw new CliUsageException("--max-input-length must be positive");
            }

            var fileEncoding = batch ? null : InputFiles.ResolveEncoding(parse.GetValue(encoding));
            var items = batch ? [] : InputFiles.Collect(paths);
            if (batch)
            {
                CheckBatchPath(paths);
            }

            var reviewer = SharedOptions.Build(env, shared.Settings(parse));
            var categories = parse.GetValue(category) is { Length: > 0 } cats ? cats : null;
            if (categories is not null)
            {
                var known = new HashSet<string>(Categories.All, StringComparer.Ordinal);
                known.UnionWith(reviewer.Lexicon.RuleCountsByCategory.Keys);
                var unknown = categories.Where(c => !known.Contains(c)).ToList();
                if (unknown.Count > 0)
                {
                    throw new CliUsageException(
                        $"--category {string.Join(", ", unknown)}: unknown category; known: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
                }
            }

            var options = new ReviewOptions
            {
                Categories = categories,
                MinimumSeverity = ParseSeverity(parse.GetValue(minSeverity)!),
                MaxInputLength = parse.GetValue(maxLength),
            };
            var failThreshold = parse.GetValue(failOn) is "never" or null ? (Severity?)null : ParseSeverity(parse.GetValue(failOn)!);
            var forcedType = parse.GetValue(contentType) switch
            {
                "html" => ContentType.Html,
                "text" => ContentType.PlainText,
                _ => (ContentType?)null,
            };
            var showProgress = !parse.GetValue(noProgress);

            if (batch)
            {
                return await RunBatchAsync(env, reviewer, paths, JsonlBatch.WithContentType(options, forcedType ?? ContentType.PlainText), failThreshold, showProgress).ConfigureAwait(false);
            }

            var single = paths.Length == 1 && items.Count == 1 && !Directory.Exists(paths[0]);
            var useColour = parse.GetValue(color) switch
            {
                "always" => true,
                "never" => false,
                _ => env.OutputIsTerminal && !env.NoColorRequested,
            };
            return await RunFilesAsync(
                env, reviewer, items, options, forcedType, fileEncoding!, formatName ?? "text", single, useColour,
                failThreshold, showProgress, cancellation).ConfigureAwait(false);
        }));
        return command;
    }

    internal static Severity ParseSeverity(string name) => name switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw new CliUsageException($"unknown severity '{name}' (info, warning, error)"),
    };

    private static void CheckBatchPath(string[] paths)
    {
        if (paths.Length != 1)
        {
            throw new CliUsageException("--input jsonl reads one file (or - for standard input)");
        }

        var path = paths[0];
        if (path != "-" && !File.Exists(path))
        {
            throw new CliUsageException(Directory.Exists(path)
                ? $"{path}: is a folder; --input jsonl reads one JSONL file"
                : $"{path}: no such file");
        }
    }

    private static async Task<int> RunBatchAsync(
        CliEnvironment env, ITextReviewer reviewer, string[] paths, ReviewOptions options, Severity? failOn, bool showProgress)
    {
        var path = paths[0];
        BatchSummary summary;
        var batch = new JsonlBatch(reviewer, options, env.Output, env.Error);
        if (path == "-")
        {
            await using var progress = showProgress ? ProgressReporter.Start(env, "reviewing", null) : null;
            using var reader = env.OpenInput();
            summary = batch.Run(reader, InputItem.StdinName, s => progress?.Report(s.Lines));
        }
        else
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            await using var progress = showProgress ? ProgressReporter.Start(env, "reviewing", stream.Length) : null;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, 1 << 16);
            try
            {
                summary = batch.Run(reader, path, s => progress?.Report(stream.Position));
            }
            catch (DecoderFallbackException)
            {
                throw new CliUsageException($"{path}: not valid UTF-8 (JSONL input must be UTF-8)");
            }
        }

        if (summary.BadLines > 0)
        {
            env.Error.WriteLine(
                $"error: {summary.BadLines} of {summary.Reviewed + summary.BadLines} lines could not be reviewed (see the \"error\" lines); exit code 2");
            return ExitCodes.InputError;
        }

        return failOn is { } threshold && summary.MaxSeverity >= threshold ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static async Task<int> RunFilesAsync(
        CliEnvironment env, ITextReviewer reviewer, IReadOnlyList<InputItem> items, ReviewOptions options,
        ContentType? forcedType, Encoding encoding, string format, bool single, bool colour, Severity? failOn,
        bool showProgress, CancellationToken cancellation)
    {
        var text = format == "text" ? new TextReport(env.Output, colour) : null;
        var first = true;
        var errors = 0;
        Severity? maxSeverity = null;
        if (format == "json" && !single)
        {
            env.Output.WriteLine("[");
        }

        await using (var progress = showProgress && items.Count > 1 ? ProgressReporter.Start(env, "reviewing", items.Count) : null)
        {
            for (var index = 0; index < items.Count; index++)
            {
                cancellation.ThrowIfCancellationRequested();
                var item = items[index];
                string? content = null;
                string? problem = null;
                IReadOnlyList<Finding> findings = [];
                try
                {
                    content = item.IsStdin ? ReadStdin(env) : InputFiles.ReadFile(item.Path!, encoding);
                    var itemOptions = JsonlBatch.WithContentType(options, forcedType ?? item.GuessContentType());
                    findings = reviewer.Review(content, itemOptions).Findings;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    problem = e.Message;
                }
                catch (ArgumentException e)
                {
                    problem = e.Message; // over --max-input-length
                }

                progress?.Report(index + 1);
                if (problem is not null)
                {
                    errors++;
                    env.Error.WriteLine($"{item.Name}: error: {problem}");
                }

                foreach (var finding in findings)
                {
                    if (maxSeverity is null || finding.Severity > maxSeverity)
                    {
                        maxSeverity = finding.Severity;
                    }
                }

                if (text is not null)
                {
                    if (problem is null)
                    {
                        text.WriteFile(item.Name, content!, findings);
                    }

                    continue;
                }

                var locator = content is null ? null : new TextLocator(content);
                var json = FindingJson.ToJson(
                    writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("file", item.Name);
                        if (problem is not null)
                        {
                            writer.WriteString("error", problem);
                        }
                        else
                        {
                            writer.WriteString("contentType", (forcedType ?? item.GuessContentType()) == ContentType.Html ? "html" : "text");
                            FindingJson.WriteFindings(writer, findings, locator);
                        }

                        writer.WriteEndObject();
                    },
                    indented: format == "json");
                if (format == "json" && !single)
                {
                    if (!first)
                    {
                        env.Output.WriteLine(",");
                    }

                    env.Output.Write(Indent(json));
                }
                else
                {
                    env.Output.WriteLine(json);
                }

                first = false;
            }
        }

        if (format == "json" && !single)
        {
            env.Output.WriteLine(first ? "]" : "\n]");
        }

        text?.WriteSummary();
        if (errors > 0)
        {
            return ExitCodes.InputError;
        }

        return failOn is { } threshold && maxSeverity >= threshold ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string ReadStdin(CliEnvironment env)
    {
        using var reader = env.OpenInput();
        return reader.ReadToEnd();
    }

    private static string Indent(string json) =>
        "  " + json.ReplaceLineEndings("\n").Replace("\n", "\n  ", StringComparison.Ordinal);
}
