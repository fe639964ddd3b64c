using Spectre.Console;

namespace ContentReview.Cli.Output;

/// <summary>
/// A progress bar on stderr for long batches. It appears only when the batch is still running after
/// <see cref="CliEnvironment.ProgressDelay"/> (one second), only
/// when stderr is a terminal and stdout is not (so it never interleaves with results on screen), and disappears when
/// done. The work loop only bumps a counter; a background task polls it, so reporting costs nothing per item.
/// </summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    private readonly CancellationTokenSource _done = new();
    private readonly TimeSpan _delay;
    private readonly Task _display;
    private long _value;
    private long _total;

    private ProgressReporter(Func<IAnsiConsole> console, string description, long? total, TimeSpan delay)
    {
        _total = total ?? 0;
        _delay = delay;
        _display = Task.Run(() => ShowAsync(console, description));
    }

    private ProgressReporter()
    {
        _display = Task.CompletedTask;
    }

    /// <summary>A reporter that shows a bar if the environment allows one.</summary>
    /// <param name="env">The environment.</param>
    /// <param name="description">What is being done ("reviewing").</param>
    /// <param name="total">The total (files, or bytes of a JSONL file), or null when unknown (stdin).</param>
    public static ProgressReporter Start(CliEnvironment env, string description, long? total) =>
        env.ErrorIsTerminal && !env.OutputIsTerminal && env.ErrorConsole is not null
            ? new ProgressReporter(env.ErrorConsole, description, total, env.ProgressDelay)
            : new ProgressReporter();

    /// <summary>Sets the current position (items done, or bytes read).</summary>
    public void Report(long value) => Interlocked.Exchange(ref _value, value);

    private async Task ShowAsync(Func<IAnsiConsole> createConsole, string description)
    {
        try
        {
            await Task.Delay(_delay, _done.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var console = createConsole();
        await console.Progress()
            // AutoClear removes the bar when done. Not HideCompleted: the bytes of a small JSONL file are all read
            // (100 %) long before the last line is reviewed, and a "completed" task would vanish while work goes on.
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: Math.Max(1, Interlocked.Read(ref _total)));
                task.IsIndeterminate = _total <= 0;
                while (!_done.IsCancellationRequested)
                {
                    // With an unknown total (stdin) the bar is indeterminate and its value stays 0: a value at the
                    // placeholder maximum of 1 would mark the task finished, and HideCompleted would hide the bar after
                    // the first line (it did, before this was tested).
                    if (!task.IsIndeterminate)
                    {
                        task.Value = Math.Min(task.MaxValue, Interlocked.Read(ref _value));
                    }

                    try
                    {
                        await Task.Delay(100, _done.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }

                task.Value = task.MaxValue;
                task.StopTask();
            }).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _done.CancelAsync().ConfigureAwait(false);
        try
        {
            await _display.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // A broken terminal must not fail the review whose results are already written.
        }

        _done.Dispose();
    }
}
