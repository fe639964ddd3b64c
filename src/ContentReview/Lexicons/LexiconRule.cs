using System.Text.RegularExpressions;

namespace ContentReview.Lexicons;

/// <summary>
/// One validated rule as read from a rule file. Immutable. Internal: callers see <see cref="RuleInfo"/>; the lexicon
/// check compiles these into matchers.
/// </summary>
internal sealed class LexiconRule
{
    public required string Id { get; init; }

    public required string Category { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Literal patterns; empty for a regex rule.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>The regular expression of a regex rule (already compiled with a match timeout), or null.</summary>
    public Regex? Regex { get; init; }

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public required string Message { get; init; }

    public required string Source { get; init; }

    public IReadOnlyList<string> NotPrecededBy { get; init; } = [];

    public IReadOnlyList<string> NotFollowedBy { get; init; } = [];

    public NearbyCondition? Nearby { get; init; }

    public bool WholeWord { get; init; }

    public bool Exact { get; init; }

    public IReadOnlyList<string> Allow { get; init; } = [];

    public DateOnly? Effective { get; init; }

    public bool Override { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The file (or stream name) the rule came from.</summary>
    public required string File { get; init; }

    /// <summary>The 1-based line of the rule's first key in <see cref="File"/>.</summary>
    public int Line { get; init; }

    public RuleInfo ToInfo() => new()
    {
        Id = Id,
        Category = Category,
        Severity = Severity,
        Patterns = Regex is null ? Patterns : [Regex.ToString()],
        IsRegex = Regex is not null,
        Suggestions = Suggestions,
        Message = Message,
        Source = Source,
        Effective = Effective,
        Tags = Tags,
        File = File,
    };
}

/// <summary>Where nearby terms are looked for.</summary>
internal enum NearbyDirection
{
    Either,
    Before,
    After,
}

/// <summary>
/// A <c>nearby:</c> condition: every group of <see cref="All"/> has a term in the window, no term of <see cref="None"/> is
/// in it. The window is the sentence of the match (<see cref="Chars"/> = 0) or <see cref="Chars"/> characters on each side,
/// cut to the side(s) <see cref="Direction"/> says; the match itself is never part of the window.
/// </summary>
internal sealed class NearbyCondition
{
    public IReadOnlyList<IReadOnlyList<string>> All { get; init; } = [];

    public IReadOnlyList<string> None { get; init; } = [];

    /// <summary>0 for the sentence; otherwise the number of characters on each side.</summary>
    public int Chars { get; init; }

    public NearbyDirection Direction { get; init; } = NearbyDirection.Either;
}
