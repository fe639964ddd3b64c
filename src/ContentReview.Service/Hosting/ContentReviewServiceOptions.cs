namespace ContentReview.Service.Hosting;

/// <summary>
/// The service's options, bound from the <c>ContentReview</c> configuration section (appsettings, environment variables
/// such as <c>ContentReview__LexiconDirectories__0=/etc/contentreview/rules</c>, or the command line).
/// </summary>
public sealed class ContentReviewServiceOptions
{
    /// <summary>The configuration section: <c>ContentReview</c>.</summary>
    public const string SectionName = "ContentReview";

    /// <summary>
    /// Folders of rule files (*.yaml, *.yml) loaded after the built-in lexicon, in order; they may override or disable
    /// built-in rules by id. Relative paths are resolved against the content root. Default: none.
    /// </summary>
    public List<string> LexiconDirectories { get; set; } = [];

    /// <summary>Whether the built-in lexicon is loaded. Default: <c>true</c>.</summary>
    public bool UseBuiltInLexicon { get; set; } = true;

    /// <summary>Rule ids to switch off. Default: none.</summary>
    public List<string> DisabledRules { get; set; } = [];

    /// <summary>
    /// Whether the statistical typo check runs (<see cref="ContentReviewerBuilder.UseStatisticalTypoCheck"/>). Default:
    /// <c>false</c>: it costs about 11 µs of CPU a character, far more than the rest of a review, which would cut the
    /// service's throughput on every-save reviews.
    /// </summary>
    public bool StatisticalTypoCheck { get; set; }

    /// <summary>
    /// Whether changes to rule files in <see cref="LexiconDirectories"/> trigger a reload. Default: <c>true</c>.
    /// </summary>
    public bool WatchLexiconDirectories { get; set; } = true;

    /// <summary>
    /// How long the rule folders must be quiet before a change triggers a reload; editors and deployment tools write a
    /// file in several steps, and one reload per burst is enough. Default: 500 ms.
    /// </summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long shutdown waits for in-flight calls to finish before they are aborted (sets
    /// <see cref="HostOptions.ShutdownTimeout"/>). Default: 30 s.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The console log format: <c>simple</c> (human-readable, the default) or <c>json</c> (one JSON object a line,
    /// with scopes such as the request id, for log collectors).
    /// </summary>
    public string LogFormat { get; set; } = "simple";

    /// <summary>
    /// This instance's name in admin responses (the lexicon reload says which instance it reloaded). Default: none,
    /// which means <c>&lt;host name&gt;:&lt;process id&gt;</c> (<see cref="EffectiveInstanceName"/>).
    /// </summary>
    public string? InstanceName { get; set; }

    /// <summary><see cref="InstanceName"/> when set, else <c>&lt;host name&gt;:&lt;process id&gt;</c>.</summary>
    public string EffectiveInstanceName =>
        string.IsNullOrWhiteSpace(InstanceName) ? $"{Environment.MachineName}:{Environment.ProcessId}" : InstanceName;
}
