namespace ContentReview.Lexicons;

/// <summary>One parsed and validated rule file.</summary>
internal sealed class RuleFile
{
    public required string Name { get; init; }

    /// <summary>The file's category, or null for a file without rules (a deployment file that only disables or allows).</summary>
    public string? Category { get; init; }

    public IReadOnlyList<LexiconRule> Rules { get; init; } = [];

    public IReadOnlyList<string> Allow { get; init; } = [];

    /// <summary>Rule ids to disable, with the line each was given on.</summary>
    public IReadOnlyList<(string Id, int Line)> Disable { get; init; } = [];
}
