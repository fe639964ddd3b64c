namespace ContentReview.Cli;

/// <summary>The exit codes of every command (documented in the tool's help and README).</summary>
internal static class ExitCodes
{
    /// <summary>Success; no finding at or above <c>--fail-on</c>.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage or input error: bad arguments, a missing or unreadable file, a malformed lexicon or input line.</summary>
    public const int InputError = 2;

    /// <summary>An unexpected internal error (a bug; the message and stack trace go to stderr).</summary>
    public const int InternalError = 3;
}
