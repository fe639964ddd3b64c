using System.CommandLine;
using ContentReview.Cli.Output;
using ContentReview.Cli.Reviewing;
using ContentReview.Lexicons;

namespace ContentReview.Cli.Commands;

/// <summary><c>contentreview lexicon validate DIR</c> and <c>contentreview lexicon stats</c>.</summary>
internal static class LexiconCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("lexicon", "Validate rule folders and show what a lexicon holds.");
        command.Subcommands.Add(CreateValidate(env));
        command.Subcommands.Add(CreateStats(env));
        return command;
    }

    private static Command CreateValidate(CliEnvironment env)
    {
        var directory = new Argument<string[]>("dir")
        {
            Description = "Rule folders (*.yaml, *.yml), loaded in order on top of the built-in lexicon.",
            HelpName = "DIR",
            Arity = ArgumentArity.OneOrMore,
        };
        var noBuiltIn = new Option<bool>("--no-builtin")
        {
            Description = "Validate the folders alone, without the built-in lexicon (id clashes with built-in rules are then not checked).",
        };
        var command = new Command("validate", "Load rule folders the way a deployment would and report OK with counts, or the "
            + "first error as file:line: rule 'id': problem (exit code 2).");
        command.Arguments.Add(directory);
        command.Options.Add(noBuiltIn);
        command.SetAction(CliApp.Guard(env, (parse, _) =>
        {
            var directories = parse.GetValue(directory)!;
            foreach (var d in directories)
            {
                if (!Directory.Exists(d))
                {
                    throw new CliUsageException(File.Exists(d) ? $"{d}: is a file; give the folder that holds the rule files" : $"{d}: no such folder");
                }
            }

            var useBuiltIn = !parse.GetValue(noBuiltIn);
            ITextReviewer reviewer;
            try
            {
                reviewer = env.ReviewerFactory(new ReviewerSettings(useBuiltIn, directories));
            }
            catch (LexiconFormatException e)
            {
                env.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(ExitCodes.InputError);
            }

            var rules = reviewer.Lexicon.Rules;
            foreach (var d in directories)
            {
                var files = RuleFiles(d);
                var full = Path.GetFullPath(d);
                var own = rules.Where(r => IsUnder(r.File, d, full)).ToList();
                env.Output.WriteLine(
                    $"OK {d}: {files.Count} rule file{(files.Count == 1 ? "" : "s")}, {own.Count} rule{(own.Count == 1 ? "" : "s")} in force " +
                    $"({CountBySeverity(own)})");
                if (files.Count == 0)
                {
                    env.Error.WriteLine($"warning: {d}: no *.yaml or *.yml files");
                }
            }

            env.Output.WriteLine(
                $"lexicon {reviewer.Lexicon.Version}: {Plural(rules.Count, "rule")} in force{(useBuiltIn ? " with the built-in lexicon" : "")} " +
                $"({CountBySeverity(rules)})");
            return Task.FromResult(ExitCodes.Clean);
        }));
        return command;
    }

    private static Command CreateStats(CliEnvironment env)
    {
        var shared = new SharedOptions();
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("stats", "Show the lexicon version and its rules by category and severity.");
        command.Options.Add(format);
        shared.AddTo(command);
        command.SetAction(CliApp.Guard(env, (parse, _) =>
        {
            var lexicon = SharedOptions.Build(env, shared.Settings(parse)).Lexicon;
            var table = lexicon.Rules
                .GroupBy(r => r.Category, StringComparer.Ordinal)
                .OrderBy(g => IndexOf(g.Key))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Category: g.Key, Counts: Counts(g)))
                .ToList();
            var totals = Counts(lexicon.Rules);
            if (parse.GetValue(format) == "json")
            {
                env.Output.WriteLine(FindingJson.ToJson(
                    writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("version", lexicon.Version);
                        writer.WriteNumber("rules", lexicon.Rules.Count);
                        writer.WriteNumber("files", lexicon.Rules.Select(r => r.File).Distinct(StringComparer.Ordinal).Count());
                        WriteCounts(writer, "bySeverity", totals);
                        writer.WriteStartObject("byCategory");
                        foreach (var (category, counts) in table)
                        {
                            WriteCounts(writer, category, counts);
                        }

                        writer.WriteEndObject();
                        writer.WriteEndObject();
                    },
                    indented: true));
                return Task.FromResult(ExitCodes.Clean);
            }

            var o = env.Output;
            o.WriteLine($"lexicon version: {lexicon.Version}");
            o.WriteLine($"rules: {lexicon.Rules.Count} in {Plural(lexicon.Rules.Select(r => r.File).Distinct(StringComparer.Ordinal).Count(), "file")}");
            o.WriteLine();
            var width = Math.Max(8, table.Count == 0 ? 0 : table.Max(t => t.Category.Length));
            o.WriteLine($"{"category".PadRight(width)}  {"error",7}  {"warning",7}  {"info",7}  {"total",7}");
            foreach (var (category, c) in table)
            {
                o.WriteLine($"{category.PadRight(width)}  {c[2],7}  {c[1],7}  {c[0],7}  {c.Sum(),7}");
            }

            o.WriteLine($"{"total".PadRight(width)}  {totals[2],7}  {totals[1],7}  {totals[0],7}  {totals.Sum(),7}");
            return Task.FromResult(ExitCodes.Clean);
        }));
        return command;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static int IndexOf(string category)
    {
        var index = -1;
        for (var i = 0; i < Categories.All.Count; i++)
        {
            if (Categories.All[i] == category)
            {
                index = i;
            }
        }

        return index < 0 ? int.MaxValue : index;
    }

    private static int[] Counts(IEnumerable<RuleInfo> rules)
    {
        var counts = new int[3];
        foreach (var rule in rules)
        {
            counts[Math.Clamp((int)rule.Severity, 0, 2)]++;
        }

        return counts;
    }

    private static string CountBySeverity(IEnumerable<RuleInfo> rules)
    {
        var c = Counts(rules);
        return $"{c[2]} error, {c[1]} warning, {c[0]} info";
    }

    private static void WriteCounts(System.Text.Json.Utf8JsonWriter writer, string name, int[] counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("error", counts[2]);
        writer.WriteNumber("warning", counts[1]);
        writer.WriteNumber("info", counts[0]);
        writer.WriteNumber("total", counts.Sum());
        writer.WriteEndObject();
    }

    private static List<string> RuleFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .ToList();

    /// <summary>Whether a rule's file lies in <paramref name="directory"/> (RuleInfo.File may be relative or absolute).</summary>
    private static bool IsUnder(string file, string directory, string fullDirectory)
    {
        if (string.IsNullOrEmpty(file))
        {
            return false;
        }

        var full = Path.GetFullPath(file);
        var prefix = fullDirectory.EndsWith(Path.DirectorySeparatorChar) ? fullDirectory : fullDirectory + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal)
            || file.StartsWith(directory.TrimEnd('/', '\\') + "/", StringComparison.Ordinal);
    }
}
