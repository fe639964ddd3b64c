namespace ContentReview.Lexicons;

/// <summary>What a reviewer's lexicon holds: its version and its rules.</summary>
public sealed class LexiconInfo
{
    /// <summary>Creates the info.</summary>
    /// <param name="version">A version string that changes whenever any rule changes.</param>
    /// <param name="rules">The rules in force.</param>
    public LexiconInfo(string version, IReadOnlyList<RuleInfo> rules)
    {
        Version = version;
        Rules = rules;
        RuleCountsByCategory = rules.GroupBy(r => r.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>A version string that changes whenever any rule changes.</summary>
    public string Version { get; }

    /// <summary>The rules in force, in load order.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Rule counts by category.</summary>
    public IReadOnlyDictionary<string, int> RuleCountsByCategory { get; }
}

/// <summary>A rule as a caller may list it.</summary>
public sealed record RuleInfo
{
    /// <summary>Stable rule id.</summary>
    public required string Id { get; init; }

    /// <summary>The category.</summary>
    public required string Category { get; init; }

    /// <summary>The severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The patterns (literal strings, or a regular expression for regex rules).</summary>
    public required IReadOnlyList<string> Patterns { get; init; }

    /// <summary>Whether <see cref="Patterns"/> holds one .NET regular expression rather than literal strings.</summary>
    public bool IsRegex { get; init; }

    /// <summary>The suggestions, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Why it is wrong, in Chinese.</summary>
    public required string Message { get; init; }

    /// <summary>The public source.</summary>
    public required string Source { get; init; }

    /// <summary>The date from which the rule applies (an outdated name is wrong after its abolition), if given. Informational.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>Free labels from the rule file.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The file the rule came from.</summary>
    public string File { get; init; } = "";
}
