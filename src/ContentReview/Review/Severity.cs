namespace ContentReview;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>A hint: worth a look, usually fine.</summary>
    Info = 0,

    /// <summary>Needs the editor's judgement: often wrong, sometimes right in context.</summary>
    Warning = 1,

    /// <summary>Must be fixed before publication (a 严重表述错误, a leaked secret, a typo in a protected term).</summary>
    Error = 2,
}
