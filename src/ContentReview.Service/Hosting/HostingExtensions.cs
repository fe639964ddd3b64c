namespace ContentReview.Service.Hosting;

/// <summary>Registers the reviewer provider (hot reload), options, metrics and security shared by every transport.</summary>
public static class HostingExtensions
{
    /// <summary>
    /// Adds the services every transport needs: <see cref="ContentReviewServiceOptions"/>, the
    /// <see cref="IReviewerProvider"/> with hot reload, <see cref="ReviewMetrics"/> and its Prometheus exporter, the
    /// log format, the shutdown timeout and the start-up banner with the page's address.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddContentReviewHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ContentReviewServiceOptions.SectionName);
        builder.Services.AddOptions<ContentReviewServiceOptions>()
            .Bind(section)
            .Validate(o => o.ReloadDebounce >= TimeSpan.Zero, "ContentReview:ReloadDebounce must not be negative.")
            .Validate(o => o.ShutdownTimeout >= TimeSpan.Zero, "ContentReview:ShutdownTimeout must not be negative.")
            .Validate(o => o.LogFormat is "simple" or "json", "ContentReview:LogFormat must be \"simple\" or \"json\".")
            .ValidateOnStart();

        var options = section.Get<ContentReviewServiceOptions>() ?? new ContentReviewServiceOptions();
        if (string.Equals(options.LogFormat, "json", StringComparison.OrdinalIgnoreCase))
        {
            // One JSON object a line, with scopes (request id, connection, client request id) for log collectors.
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        // Kestrel stops accepting new connections at shutdown and waits this long for calls in flight.
        builder.Services.AddOptions<HostOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<ContentReviewServiceOptions>>(
                (host, service) => host.ShutdownTimeout = service.Value.ShutdownTimeout);

        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PrometheusExporter>();
        // The exporter's listener must exist before the first measurement, or calls made before the first scrape
        // would be lost: whoever first needs the metrics brings the exporter up with them.
        builder.Services.AddSingleton(sp =>
        {
            sp.GetRequiredService<PrometheusExporter>();
            return new ReviewMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        });
        builder.Services.AddSingleton<ReviewerProvider>();
        builder.Services.AddSingleton<IReviewerProvider>(sp => sp.GetRequiredService<ReviewerProvider>());
        builder.Services.AddHostedService<LexiconWatcher>();
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    /// <summary>
    /// Adds the middleware every transport shares: a logging scope per request carrying its request id (the caller's
    /// <c>X-Request-Id</c> header when it sends a sensible one, else the server's trace identifier), echoed in the
    /// response's <c>X-Request-Id</c>. Call it before mapping the transports.
    /// </summary>
    /// <param name="app">The application.</param>
    public static WebApplication UseContentReviewHosting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ContentReview.Service.Requests");
        app.Use(async (context, next) =>
        {
            string requestId = RequestId(context);
            context.Response.Headers["X-Request-Id"] = requestId;
            using (logger.BeginScope(new LogScope("CallId", requestId)))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        return app;
    }

    private static string RequestId(HttpContext context)
    {
        string? header = context.Request.Headers["X-Request-Id"];
        // Echoed into logs and headers: printable ASCII only, and short.
        if (header is { Length: > 0 and <= 128 } && header.All(c => c is > ' ' and < '\u007f'))
        {
            return header;
        }

        return context.TraceIdentifier;
    }

    /// <summary>Resolves the page's address for the start-up banner.</summary>
    /// <param name="configuredUrl">The <c>Kestrel:Endpoints:Http:Url</c> setting, if any.</param>
    /// <param name="otherConfiguredUrls">The URLs of the other configured endpoints (the gRPC port).</param>
    /// <param name="boundAddresses">The addresses the server bound.</param>
    /// <returns>The addresses to show, best first.</returns>
    internal static IReadOnlyList<string> PageAddresses(
        string? configuredUrl, IReadOnlyCollection<string> otherConfiguredUrls, IReadOnlyCollection<string> boundAddresses)
    {
        static string Display(string url)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal)
                    .Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return url;
            }

            // A wildcard address is not something to click: show the loopback address that reaches it.
            string host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host;
            return $"{uri.Scheme}://{host}:{uri.Port}/";
        }

        static int PortOf(string url) =>
            Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal)
                .Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : -1;

        if (configuredUrl is not null && PortOf(configuredUrl) is > 0 and var port)
        {
            var bound = boundAddresses.Where(a => PortOf(a) == port).Select(Display).ToList();
            return bound.Count > 0 ? bound : [Display(configuredUrl)];
        }

        var otherPorts = otherConfiguredUrls.Select(PortOf).Where(p => p > 0).ToHashSet();
        return boundAddresses.Where(a => !otherPorts.Contains(PortOf(a))).Select(Display).Distinct().ToList();
    }
}
