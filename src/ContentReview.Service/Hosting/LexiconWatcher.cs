using Microsoft.Extensions.Options;

namespace ContentReview.Service.Hosting;

/// <summary>
/// Builds the first reviewer when the host starts and, when enabled, watches the rule folders: a burst of changes to
/// rule files (*.yaml, *.yml) triggers one background reload once the folders have been quiet for
/// <see cref="ContentReviewServiceOptions.ReloadDebounce"/>.
/// </summary>
internal sealed partial class LexiconWatcher : IHostedService, IDisposable
{
    private readonly ReviewerProvider _provider;
    private readonly ContentReviewServiceOptions _options;
    private readonly ILogger<LexiconWatcher> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private Task _lastReload = Task.CompletedTask;
    private volatile bool _disposed;

    public LexiconWatcher(ReviewerProvider provider, IOptions<ContentReviewServiceOptions> options, ILogger<LexiconWatcher> logger)
    {
        _provider = provider;
        _options = options.Value;
        _logger = logger;
        _debounce = new Timer(_ => OnQuiet(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Throws (and the host does not start) when the lexicon is bad: better than serving without one.
        _provider.Initialize();

        if (_options.WatchLexiconDirectories)
        {
            foreach (string directory in _provider.LexiconDirectories)
            {
                var watcher = new FileSystemWatcher(directory)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite |
                                   NotifyFilters.Size | NotifyFilters.CreationTime,
                };
                watcher.Changed += (_, e) => OnChange(e.FullPath);
                watcher.Created += (_, e) => OnChange(e.FullPath);
                watcher.Deleted += (_, e) => OnChange(e.FullPath);
                watcher.Renamed += (_, e) =>
                {
                    OnChange(e.OldFullPath);
                    OnChange(e.FullPath);
                };
                watcher.Error += (_, e) =>
                {
                    // An overflowed event buffer loses changes: reload to be sure we serve what is on disk.
                    LogWatcherError(e.GetException(), directory);
                    ScheduleReload();
                };
                try
                {
                    watcher.EnableRaisingEvents = true;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Typically the inotify instance limit: serving matters more than watching, and the admin
                    // reload still works.
                    LogWatchUnavailable(ex, directory);
                    watcher.Dispose();
                    continue;
                }

                _watchers.Add(watcher);
                LogWatching(directory);
            }
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            return;
        }

        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }

        _debounce.Change(Timeout.Infinite, Timeout.Infinite);
        _stopping.Cancel();
        try
        {
            await _lastReload.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutdown does not wait for a reload nobody will use.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        // The token source is cancelled, never disposed: it has no timer or links to release, and a stop racing a
        // dispose (hosts may do both) must not throw.
        _stopping.Cancel();
    }

    internal static bool IsRuleFile(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) ||
               extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
    }

    private void OnChange(string path)
    {
        // Editors write temporary files (.swp, ~, .tmp) next to the rule files; only rule files count. A deleted or
        // renamed folder has no extension and may hold rule files, so it counts too.
        if (IsRuleFile(path) || string.IsNullOrEmpty(Path.GetExtension(path)))
        {
            ScheduleReload();
        }
    }

    private void ScheduleReload()
    {
        if (!_stopping.IsCancellationRequested && !_disposed)
        {
            try
            {
                // Each change pushes the deadline back: one reload per burst.
                _debounce.Change(_options.ReloadDebounce, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // A change event raced the shutdown.
            }
        }
    }

    private void OnQuiet()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        LogChangeDetected();
        // ReloadAsync serializes reloads itself; a burst arriving during a reload schedules one more after it.
        _lastReload = ReloadInBackgroundAsync();
    }

    private async Task ReloadInBackgroundAsync()
    {
        try
        {
            await _provider.ReloadAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // ReloadAsync reports build errors in its result; anything else must not crash the timer thread.
            LogUnexpected(ex);
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Watching rule folder {Directory} for changes")]
    private partial void LogWatching(string directory);

    [LoggerMessage(EventId = 114, Level = LogLevel.Warning,
        Message = "Cannot watch rule folder {Directory}; changes there need POST /api/admin/reload (or the gRPC ReloadLexicon call)")]
    private partial void LogWatchUnavailable(Exception exception, string directory);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Rule files changed; reloading the lexicon")]
    private partial void LogChangeDetected();

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "File watcher error on {Directory}; reloading to be safe")]
    private partial void LogWatcherError(Exception exception, string directory);

    [LoggerMessage(EventId = 113, Level = LogLevel.Error, Message = "Unexpected error during a background lexicon reload")]
    private partial void LogUnexpected(Exception exception);
}
