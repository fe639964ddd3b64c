namespace ContentReview;

/// <summary>
/// One problem found in a text: a half-open span on the original input (UTF-16 code units), what rule found it, how
/// serious it is, why, and how to fix it.
/// </summary>
public sealed record Finding
{
    /// <summary>Start of the span in the original input, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the span in the original input, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>The exclusive end of the span.</summary>
    public int End => Start + Length;

    /// <summary>The text of the span, as it stands in the input (for HTML input: the decoded text).</summary>
    public required string Text { get; init; }

    /// <summary>Stable id of the rule or check that produced the finding, for example <c>agency-2018-guotuziyuanbu</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The category; see <see cref="Categories"/>.</summary>
    public required string Category { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>A message in Chinese that says what is wrong and why.</summary>
    public required string Message { get; init; }

    /// <summary>Replacements for the span, best first; empty when the fix needs the editor's judgement.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>The public source of the rule (a regulation, a standard, the Xinhua list, …).</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// The date from which the rule applies, when the rule gives one (an outdated agency name is wrong after the reform
    /// that abolished it). Informational: the review does not read dates in the text.
    /// </summary>
    public DateOnly? Effective { get; init; }
}
