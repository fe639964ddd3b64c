using System.CommandLine;
using System.Globalization;
using ContentReview.Checks;
using ContentReview.Checks.Typo;
using ContentReview.Lexicons;

namespace ContentReview.Cli.Commands;

/// <summary>
/// <c>contentreview eval-csc FILE.tsv [--checks protected,statistical] [--threshold X]</c>: sentence-level detection and
/// correction precision, recall and F1 of the typo checks on a Chinese spelling check set (lines <c>wrong TAB correct</c>).
/// </summary>
internal static class EvalCscCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The set: UTF-8 lines 'wrong sentence TAB correct sentence'." };
        var checks = new Option<string>("--checks")
        {
            Description = "Comma-separated typo checks to evaluate: protected, statistical.",
            DefaultValueFactory = _ => "protected,statistical",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Gain threshold of the statistical check (natural log).",
            DefaultValueFactory = _ => StatisticalTypoCheck.DefaultThreshold,
        };
        var command = new Command("eval-csc", "Evaluate the typo checks on a Chinese spelling check set (sentence-level P/R/F1).");
        command.Arguments.Add(file);
        command.Options.Add(checks);
        command.Options.Add(threshold);
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(checks)!, parseResult.GetValue(threshold)));
        return command;
    }

    private static int Run(string file, string checkNames, double threshold)
    {
        IReadOnlyList<(string, string)> pairs;
        try
        {
            using var reader = new StreamReader(file);
            pairs = CscEvaluation.Read(reader, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LexiconFormatException)
        {
            Console.Error.WriteLine($"contentreview eval-csc: cannot read '{file}': {e.Message}");
            return 2;
        }

        var checks = new List<IReviewCheck>();
        foreach (string name in checkNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (name)
            {
                case "protected":
                    checks.Add(new ProtectedTermCheck());
                    break;
                case "statistical":
                    if (!(threshold > 0) || double.IsInfinity(threshold))
                    {
                        Console.Error.WriteLine("contentreview eval-csc: --threshold must be a positive number.");
                        return 2;
                    }

                    checks.Add(new StatisticalTypoCheck(threshold));
                    break;
                default:
                    Console.Error.WriteLine($"contentreview eval-csc: unknown check '{name}' (known: protected, statistical).");
                    return 2;
            }
        }

        CscReport r = CscEvaluation.Evaluate(pairs, checks);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"set: {file}; checks: {checkNames}; threshold: {threshold}"));
        Console.WriteLine(string.Create(ci, $"sentences: {r.Sentences}, with errors: {r.ErrorSentences}, flagged: {r.FlaggedSentences} (of which correct sentences: {r.FlaggedCorrectSentences})"));
        Console.WriteLine(string.Create(ci, $"detection:  P {r.DetectionPrecision:F3}  R {r.DetectionRecall:F3}  F1 {r.DetectionF1:F3}  ({r.Detected} sentences; false alarms on correct sentences: {r.FlaggedCorrectSentences})"));
        Console.WriteLine(string.Create(ci, $"correction: P {r.CorrectionPrecision:F3}  R {r.CorrectionRecall:F3}  F1 {r.CorrectionF1:F3}  ({r.Corrected} sentences)"));
        Console.WriteLine(string.Create(ci, $"strict detection (wrong positions count as false alarms): P {r.StrictDetectionPrecision:F3}  F1 {r.StrictDetectionF1:F3}"));
        return 0;
    }
}
