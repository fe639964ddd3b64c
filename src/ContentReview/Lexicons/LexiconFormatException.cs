namespace ContentReview.Lexicons;

/// <summary>A lexicon file is malformed. Carries the file, the line and, where known, the rule id.</summary>
public sealed class LexiconFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file (or stream name) that is malformed.</param>
    /// <param name="line">The 1-based line of the problem, or 0 when unknown.</param>
    /// <param name="ruleId">The id of the rule concerned, or <c>null</c>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public LexiconFormatException(string file, int line, string? ruleId, string problem, Exception? inner = null)
        : base(Format(file, line, ruleId, problem), inner)
    {
        File = file;
        Line = line;
        RuleId = ruleId;
        Problem = problem;
    }

    /// <summary>The file (or stream name) that is malformed.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The id of the rule concerned, or <c>null</c>.</summary>
    public string? RuleId { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, string? ruleId, string problem) =>
        $"{file}{(line > 0 ? $":{line}" : "")}: {(ruleId is null ? "" : $"rule '{ruleId}': ")}{problem}";
}
