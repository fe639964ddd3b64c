using ContentReview.Cli;

// contentreview: the commands live in Commands/ (listed in CommandCatalog); CliApp runs them against an environment
// so that tests can run them in-process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, CliEnvironment.FromConsole(), cancellation.Token);
