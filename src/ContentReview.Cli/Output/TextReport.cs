namespace ContentReview.Cli.Output;

/// <summary>
/// The human-readable report of <c>review --format text</c>, one block per finding:
/// <code>
/// path/to/file.txt:3:12: error agency-name agency-2018-guotuziyuanbu
///     …办公厅称，国土资源部已印发…
///               ^^^^^^^^^^
///     suggest: 自然资源部
///     2018年国务院机构改革组建自然资源部，不再保留国土资源部。
/// </code>
/// With colour the severity and the span are coloured too; without it (redirected output, NO_COLOR, --color never)
/// the ^^^ line alone marks the span, so nothing is lost.
/// </summary>
internal sealed class TextReport(TextWriter writer, bool colour)
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Green = "\u001b[32m";

    private int _files;
    private int _filesWithFindings;
    private readonly int[] _bySeverity = new int[3];

    public void WriteFile(string name, string text, IReadOnlyList<Finding> findings)
    {
        _files++;
        if (findings.Count == 0)
        {
            return;
        }

        _filesWithFindings++;
        var locator = new TextLocator(text);
        foreach (var finding in findings)
        {
            if ((int)finding.Severity is >= 0 and < 3)
            {
                _bySeverity[(int)finding.Severity]++;
            }

            var (line, column) = locator.Locate(finding.Start);
            var severity = FindingJson.SeverityName(finding.Severity);
            var severityColour = SeverityColour(finding.Severity);
            writer.WriteLine(
                $"{Paint(Bold, $"{name}:{line}:{column}:")} {Paint(Bold + severityColour, severity)} " +
                $"{finding.Category} {Paint(Dim, finding.RuleId)}");

            var context = locator.Context(finding.Start, finding.Length);
            writer.WriteLine($"    {context.Before}{Paint(Bold + severityColour + "\u001b[4m", context.Span)}{context.After}");
            var pad = TextLocator.DisplayWidth(context.Before);
            var marks = Math.Max(1, TextLocator.DisplayWidth(context.Span));
            writer.WriteLine($"    {new string(' ', pad)}{Paint(severityColour, new string('^', marks))}");
            if (finding.Suggestions.Count > 0)
            {
                writer.WriteLine($"    suggest: {Paint(Bold + Green, string.Join(" | ", finding.Suggestions))}");
            }
            else
            {
                writer.WriteLine("    suggest: (needs the editor's judgement)");
            }

            writer.WriteLine($"    {finding.Message}");
            if (!string.IsNullOrEmpty(finding.Source))
            {
                writer.WriteLine($"    {Paint(Dim, "source: " + finding.Source)}");
            }

            writer.WriteLine();
        }
    }

    /// <summary>The closing line: how many findings of each severity in how many files.</summary>
    public void WriteSummary()
    {
        var total = _bySeverity.Sum();
        var files = _files == 1 ? "1 file" : $"{_files} files";
        if (total == 0)
        {
            writer.WriteLine($"No findings in {files}.");
            return;
        }

        writer.WriteLine(
            $"{total} finding{(total == 1 ? "" : "s")} in {_filesWithFindings} of {files}: " +
            $"{_bySeverity[2]} error{(_bySeverity[2] == 1 ? "" : "s")}, " +
            $"{_bySeverity[1]} warning{(_bySeverity[1] == 1 ? "" : "s")}, {_bySeverity[0]} info.");
    }

    private string Paint(string code, string s) => colour && s.Length > 0 ? code + s + Reset : s;

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
