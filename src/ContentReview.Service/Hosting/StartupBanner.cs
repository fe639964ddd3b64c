using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContentReview.Service.Hosting;

/// <summary>
/// Prints the page's address once the server listens (the README's first command ends there), and announces
/// draining at shutdown.
/// </summary>
internal sealed partial class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IConfiguration configuration,
    IReviewerProvider provider,
    Microsoft.Extensions.Options.IOptions<HostOptions> hostOptions,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(OnStarted);
        lifetime.ApplicationStopping.Register(() => LogDraining(hostOptions.Value.ShutdownTimeout.TotalSeconds));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void OnStarted()
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        if (bound.Length == 0)
        {
            return; // an in-memory test server has no addresses
        }

        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().ToArray();
        string? http = endpoints.FirstOrDefault(e => e.Key == "Http")?["Url"];
        var others = endpoints.Where(e => e.Key != "Http").Select(e => e["Url"]).OfType<string>().ToArray();
        foreach (string address in HostingExtensions.PageAddresses(http, others, bound))
        {
            // A plain line for the person who ran the command; the log entry for collectors.
            Console.Out.WriteLine($"ContentReview page: {address}");
            LogPage(address, provider.Current.Version);
        }
    }

    [LoggerMessage(EventId = 120, Level = LogLevel.Information, Message = "ContentReview page: {Url} (lexicon {Version})")]
    private partial void LogPage(string url, string version);

    [LoggerMessage(EventId = 121, Level = LogLevel.Information,
        Message = "Shutting down: no new calls accepted; waiting up to {TimeoutSeconds} s for calls in flight")]
    private partial void LogDraining(double timeoutSeconds);
}
