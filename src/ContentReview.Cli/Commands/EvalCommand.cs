using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ContentReview.Cli.Eval;
using ContentReview.Cli.Output;
using ContentReview.Cli.Reviewing;

namespace ContentReview.Cli.Commands;

/// <summary><c>contentreview eval FILE.jsonl</c>: score the reviewer on a review-case file.</summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment env)
    {
        var shared = new SharedOptions();
        var file = new Argument<string>("file")
        {
            Description = "A review-case file: one {\"id\",\"text\",\"expect\":[{\"span\",\"suggest\"?}]} per line "
                + "(see shared/eval/README.md), or - for standard input.",
            HelpName = "FILE.jsonl",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("eval", "Score the reviewer on review cases: recall of expected spans, suggestion accuracy, "
            + "false positives (warning/error findings overlapping no expected span); lists every miss, wrong suggestion "
            + "and false positive with its case id. Exit code 0, or 2 when the case file has malformed lines "
            + "(the other cases are still scored).");
        command.Arguments.Add(file);
        command.Options.Add(format);
        shared.AddTo(command);
        command.SetAction(CliApp.Guard(env, (parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                throw new CliUsageException(Directory.Exists(path) ? $"{path}: is a folder; give a .jsonl case file" : $"{path}: no such file");
            }

            var reviewer = SharedOptions.Build(env, shared.Settings(parse));
            var errors = new List<CaseError>();
            var result = new EvalResult();
            using (var reader = path == "-"
                ? env.OpenInput()
                : new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true))
            {
                foreach (var (reviewCase, error) in ReviewCaseReader.Read(reader))
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (error is not null)
                    {
                        errors.Add(error);
                        env.Error.WriteLine($"{path}:{error.Line}: error: {(error.Id is null ? "" : $"case {error.Id}: ")}{error.Message}");
                        continue;
                    }

                    IReadOnlyList<Finding> findings;
                    try
                    {
                        findings = reviewer.Review(reviewCase!.Text, new ReviewOptions { ContentType = reviewCase.ContentType }).Findings;
                    }
                    catch (ArgumentException e)
                    {
                        errors.Add(new CaseError(reviewCase!.Line, reviewCase.Id, e.Message));
                        env.Error.WriteLine($"{path}:{reviewCase.Line}: error: case {reviewCase.Id}: {e.Message}");
                        continue;
                    }

                    EvalScorer.Add(result, reviewCase, findings);
                }
            }

            if (parse.GetValue(format) == "json")
            {
                env.Output.WriteLine(ToJson(path, reviewer.Lexicon.Version, result, errors));
            }
            else
            {
                WriteText(env.Output, path, result, errors);
            }

            return Task.FromResult(errors.Count > 0 ? ExitCodes.InputError : ExitCodes.Clean);
        }));
        return command;
    }

    internal static string Percent(int part, int total) =>
        total == 0 ? "n/a" : (100.0 * part / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void WriteText(TextWriter output, string path, EvalResult result, List<CaseError> errors)
    {
        output.WriteLine($"{path}: {result.Cases} cases ({result.CleanCases} clean){(errors.Count > 0 ? $", {errors.Count} unreadable" : "")}");
        output.WriteLine($"recall:              {Percent(result.Hits, result.Expected),6}  ({result.Hits}/{result.Expected} expected spans flagged)");
        output.WriteLine($"suggestion accuracy: {Percent(result.SuggestCorrect, result.SuggestTotal),6}  ({result.SuggestCorrect}/{result.SuggestTotal} expected fixes produced by the first suggestion)");
        var onClean = result.FalsePositives.Count(f => f.CleanCase);
        output.WriteLine($"false positives:     {result.FalsePositives.Count,6}  (warning/error findings overlapping no expected span; {onClean} on clean cases)");
        if (result.Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"misses ({result.Misses.Count}):");
            foreach (var miss in result.Misses)
            {
                output.WriteLine($"  {miss.CaseId}: {miss.Expected.Span}{(miss.Expected.Suggest is null ? "" : $" → {miss.Expected.Suggest}")}");
            }
        }

        var wrong = result.WrongSuggestions.Where(w => w.Flagged).ToList();
        if (wrong.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"wrong suggestions on flagged spans ({wrong.Count}; missed spans are listed above):");
            foreach (var w in wrong)
            {
                var got = w.Got.Count == 0 ? "no suggestion" : "got " + string.Join(" | ", w.Got);
                output.WriteLine($"  {w.CaseId}: {w.Expected.Span} → {w.Expected.Suggest}; {got}");
            }
        }

        if (result.FalsePositives.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"false positives ({result.FalsePositives.Count}):");
            foreach (var fp in result.FalsePositives)
            {
                var f = fp.Finding;
                var suggestion = f.Suggestions.Count > 0 ? $" → {f.Suggestions[0]}" : "";
                output.WriteLine($"  {fp.CaseId}: {f.Text}{suggestion} [{FindingJson.SeverityName(f.Severity)} {f.RuleId}] at {f.Start}+{f.Length}");
            }
        }

        if (errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"unreadable cases ({errors.Count}, not scored):");
            foreach (var e in errors)
            {
                output.WriteLine($"  line {e.Line}{(e.Id is null ? "" : $" ({e.Id})")}: {e.Message}");
            }
        }
    }

    private static string ToJson(string path, string lexiconVersion, EvalResult result, List<CaseError> errors) =>
        FindingJson.ToJson(
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("file", path);
                writer.WriteString("lexiconVersion", lexiconVersion);
                writer.WriteNumber("cases", result.Cases);
                writer.WriteNumber("cleanCases", result.CleanCases);
                writer.WriteStartObject("recall");
                writer.WriteNumber("flagged", result.Hits);
                writer.WriteNumber("expected", result.Expected);
                WriteRatio(writer, result.Recall);
                writer.WriteEndObject();
                writer.WriteStartObject("suggestionAccuracy");
                writer.WriteNumber("correct", result.SuggestCorrect);
                writer.WriteNumber("expected", result.SuggestTotal);
                WriteRatio(writer, result.SuggestionAccuracy);
                writer.WriteEndObject();
                writer.WriteStartObject("falsePositives");
                writer.WriteNumber("count", result.FalsePositives.Count);
                writer.WriteNumber("onCleanCases", result.FalsePositives.Count(f => f.CleanCase));
                writer.WriteEndObject();
                writer.WriteStartArray("misses");
                foreach (var miss in result.Misses)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", miss.CaseId);
                    writer.WriteString("span", miss.Expected.Span);
                    WriteOptional(writer, "suggest", miss.Expected.Suggest);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("wrongSuggestions");
                foreach (var w in result.WrongSuggestions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", w.CaseId);
                    writer.WriteString("span", w.Expected.Span);
                    WriteOptional(writer, "suggest", w.Expected.Suggest);
                    writer.WriteBoolean("flagged", w.Flagged);
                    writer.WriteStartArray("got");
                    foreach (var g in w.Got)
                    {
                        writer.WriteStringValue(g);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("falsePositiveFindings");
                foreach (var fp in result.FalsePositives)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", fp.CaseId);
                    writer.WriteBoolean("cleanCase", fp.CleanCase);
                    writer.WritePropertyName("finding");
                    FindingJson.WriteFinding(writer, fp.Finding, locator: null);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("errors");
                foreach (var e in errors)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", e.Line);
                    WriteOptional(writer, "id", e.Id);
                    writer.WriteString("error", e.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            indented: true);

    private static void WriteRatio(Utf8JsonWriter writer, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber("value", Math.Round(v, 4));
        }
        else
        {
            writer.WriteNull("value");
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
