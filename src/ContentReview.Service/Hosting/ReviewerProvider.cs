using System.Diagnostics;
using ContentReview.Lexicons;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Hosting;

/// <summary>
/// The <see cref="IReviewerProvider"/> of the service: builds the reviewer from <see cref="ContentReviewServiceOptions"/>
/// and swaps in rebuilt ones atomically.
/// </summary>
/// <remarks>
/// Readers never lock: <see cref="Current"/> is one volatile read of an immutable snapshot, so a call that took it
/// keeps reviewing with that reviewer even if a reload swaps another one in meanwhile (the old reviewer stays alive
/// for as long as a call holds it — the garbage collector does the reference counting). Reloads are serialized by a
/// semaphore so two bursts of file changes cannot race each other and the generation numbers stay in order.
/// A reload that fails for any reason (bad rule file, missing folder, I/O error) leaves the old reviewer in service.
/// </remarks>
internal sealed partial class ReviewerProvider : IReviewerProvider, IDisposable
{
    private readonly ContentReviewServiceOptions _options;
    private readonly IReadOnlyList<IConfigureReviewer> _configurators;
    private readonly ReviewMetrics _metrics;
    private readonly ILogger<ReviewerProvider> _logger;
    private readonly string _contentRoot;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly Lock _initLock = new();
    private ReviewerSnapshot? _current;
    private volatile ReloadFailure? _lastFailure;

    public ReviewerProvider(
        IOptions<ContentReviewServiceOptions> options,
        IEnumerable<IConfigureReviewer> configurators,
        ReviewMetrics metrics,
        IHostEnvironment environment,
        ILogger<ReviewerProvider> logger)
    {
        _options = options.Value;
        _configurators = configurators.ToArray();
        _metrics = metrics;
        _logger = logger;
        _contentRoot = environment.ContentRootPath;
        LexiconDirectories = _options.LexiconDirectories
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .Select(d => Path.GetFullPath(d, _contentRoot))
            .ToArray();
        _metrics.ObserveLexicon(() => Volatile.Read(ref _current));
    }

    /// <summary>The configured rule folders, as absolute paths.</summary>
    public IReadOnlyList<string> LexiconDirectories { get; }

    /// <inheritdoc />
    public ReviewerSnapshot Current => Volatile.Read(ref _current) ?? Initialize();

    /// <summary>Whether the first reviewer has been built.</summary>
    public bool IsInitialized => Volatile.Read(ref _current) is not null;

    /// <summary>The last refused reload, or <c>null</c> when the last reload succeeded (or none happened).</summary>
    public ReloadFailure? LastFailure => _lastFailure;

    /// <summary>
    /// Builds the first reviewer if it is not built yet. Called at start by <see cref="LexiconWatcher"/>, so a bad
    /// lexicon stops the service from starting instead of failing the first call.
    /// </summary>
    /// <exception cref="LexiconFormatException">A rule file is malformed.</exception>
    public ReviewerSnapshot Initialize()
    {
        lock (_initLock)
        {
            if (Volatile.Read(ref _current) is { } existing)
            {
                return existing;
            }

            var stopwatch = Stopwatch.StartNew();
            ContentReviewer reviewer;
            try
            {
                reviewer = Build();
            }
            catch (Exception ex)
            {
                LogInitialLoadFailed(ex, Describe(ex));
                throw;
            }

            var snapshot = new ReviewerSnapshot(reviewer, reviewer.Lexicon.Version) { Generation = 0 };
            Volatile.Write(ref _current, snapshot);
            LogLoaded(snapshot.Version, reviewer.Lexicon.Rules.Count, stopwatch.Elapsed.TotalMilliseconds);
            return snapshot;
        }
    }

    /// <inheritdoc />
    public async Task<ReloadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var old = Current;
            var stopwatch = Stopwatch.StartNew();
            ContentReviewer next;
            try
            {
                // Built on the thread pool: a reload triggered from a request or a file-watcher callback must not hold
                // that thread while YAML is parsed and automata are built.
                next = await Task.Run(Build, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                string error = Describe(ex);
                _lastFailure = new ReloadFailure(error, DateTimeOffset.UtcNow);
                _metrics.RecordReload(succeeded: false);
                if (ex is LexiconFormatException)
                {
                    // The message already names file:line and the rule; the stack trace adds nothing for an editor.
                    LogReloadRefused(error, old.Version);
                }
                else
                {
                    LogReloadFailed(ex, error, old.Version);
                }

                return new ReloadResult(false, old.Version, error);
            }

            var snapshot = new ReviewerSnapshot(next, next.Lexicon.Version) { Generation = old.Generation + 1 };
            Interlocked.Exchange(ref _current, snapshot);
            _lastFailure = null;
            _metrics.RecordReload(succeeded: true);
            LogReloaded(old.Version, snapshot.Version, next.Lexicon.Rules.Count, stopwatch.Elapsed.TotalMilliseconds);
            return new ReloadResult(true, snapshot.Version, null);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose() => _reloadGate.Dispose();

    private ContentReviewer Build()
    {
        var builder = ContentReviewer.CreateBuilder()
            .UseBuiltInLexicon(_options.UseBuiltInLexicon)
            .UseStatisticalTypoCheck(_options.StatisticalTypoCheck);
        foreach (string directory in LexiconDirectories)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException(
                    $"ContentReview:LexiconDirectories: the folder '{directory}' does not exist.");
            }

            builder.AddLexiconDirectory(directory);
        }

        var disabled = _options.DisabledRules.Where(r => !string.IsNullOrWhiteSpace(r)).ToArray();
        if (disabled.Length > 0)
        {
            builder.DisableRules(disabled);
        }

        foreach (var configurator in _configurators)
        {
            configurator.Configure(builder);
        }

        var reviewer = builder.Build();
        // Warm up before going into service: the first review pays for lazily loaded dictionaries and JIT, and that
        // cost belongs to the background build, not to the first caller after a swap. A reviewer that cannot review
        // this is refused like a bad lexicon.
        reviewer.Review(WarmUpText);
        reviewer.Review("<p>" + WarmUpText + "</p>", new ReviewOptions { ContentType = ContentType.Html });
        return reviewer;
    }

    private const string WarmUpText = "根据国务院办公厅通知，各地区、各部门要认真贯彻落实。联系电话：010-12345678。";

    private static string Describe(Exception ex) => ex switch
    {
        LexiconFormatException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Lexicon {Version} loaded: {RuleCount} rules in {ElapsedMs:F0} ms")]
    private partial void LogLoaded(string version, int ruleCount, double elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Critical, Message = "Cannot load the lexicon: {Error}")]
    private partial void LogInitialLoadFailed(Exception exception, string error);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "Lexicon reloaded: {OldVersion} -> {Version}, {RuleCount} rules in {ElapsedMs:F0} ms")]
    private partial void LogReloaded(string oldVersion, string version, int ruleCount, double elapsedMs);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error,
        Message = "Lexicon reload refused, version {Version} keeps serving: {Error}")]
    private partial void LogReloadRefused(string error, string version);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error,
        Message = "Lexicon reload failed, version {Version} keeps serving: {Error}")]
    private partial void LogReloadFailed(Exception exception, string error, string version);
}

/// <summary>A refused reload: why, and when.</summary>
/// <param name="Error">The error (for a bad rule file: file:line, rule and problem).</param>
/// <param name="At">When the reload was refused.</param>
internal sealed record ReloadFailure(string Error, DateTimeOffset At);
