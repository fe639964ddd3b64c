using ContentReview.Service.Grpc.Services;
using ContentReview.Service.Grpc.Transport;
using ContentReview.Service.Grpc.Validation;
using ContentReview.Service.Hosting;
using ContentReview.Service.Security;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Grpc;

/// <summary>
/// Registers and maps the gRPC transport: our own gRPC-over-HTTP/2 layer on Kestrel (Grpc.AspNetCore could replace
/// everything under Grpc/ in one place). gRPC is served only on the Kestrel endpoints named <c>Grpc…</c>
/// (appsettings.json: <c>Kestrel:Endpoints:Grpc</c>, h2c on 127.0.0.1:5081 with <c>Protocols: Http2</c>; give the
/// endpoint an <c>https</c> URL and a <c>Certificate</c> for TLS, where ALPN negotiates h2). The other endpoints are
/// loaded by the same loader; a cleartext one configured for HTTP/1.1 and HTTP/2 is made HTTP/1.1
/// (<see cref="CleartextEndpoints"/>).
/// </summary>
public static class GrpcTransportExtensions
{
    /// <summary>
    /// Adds the gRPC transport's services (options from <c>ContentReview:Grpc</c>, the API-key authenticator and rate
    /// limiter, validators, the services), marks the connections of the gRPC endpoints and raises Kestrel's HTTP/2
    /// limits (streams per connection, flow-control windows).
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddGrpcTransport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GrpcTransportOptions>()
            .Bind(builder.Configuration.GetSection(GrpcTransportOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrpcTransportOptions>, GrpcTransportOptionsValidator>());
        services.AddApiKeySecurity(builder.Configuration);
        services.TryAddSingleton<GrpcHandlerServices>();
        services.TryAddSingleton<ReviewRequestValidator>();
        services.TryAddSingleton<ListRulesRequestValidator>();
        services.TryAddSingleton<ContentReviewGrpcService>();
        services.TryAddSingleton<HealthGrpcService>();
        services.TryAddSingleton<GrpcMethodRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, GrpcListenerMatcherPolicy>());

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var grpc = context.Configuration.GetSection(GrpcTransportOptions.SectionName).Get<GrpcTransportOptions>()
                ?? new GrpcTransportOptions();
            var http2 = kestrel.Limits.Http2;
            http2.MaxStreamsPerConnection = grpc.MaxStreamsPerConnection;
            http2.InitialConnectionWindowSize = grpc.InitialConnectionWindowSize;
            http2.InitialStreamWindowSize = grpc.InitialStreamWindowSize;

            // Replaces the loader the host created for the same section (same settings) so the gRPC endpoints'
            // connections can be marked; the other endpoints load exactly as before.
            var endpoints = context.Configuration.GetSection("Kestrel:Endpoints");
            var loader = kestrel.Configure(context.Configuration.GetSection("Kestrel"), reloadOnChange: true);
            foreach (var endpoint in endpoints.GetChildren())
            {
                if (GrpcListener.IsGrpcEndpointName(endpoint.Key))
                {
                    loader.Endpoint(endpoint.Key, e =>
                    {
                        // gRPC needs HTTP/2, and cleartext HTTP/2 (h2c) only works on an HTTP/2-only listener: make
                        // that the default when the endpoint does not say.
                        if (string.IsNullOrEmpty(e.ConfigSection["Protocols"]))
                        {
                            e.ListenOptions.Protocols = HttpProtocols.Http2;
                        }

                        GrpcListener.MarkConnections(e.ListenOptions);
                    });
                }
                else
                {
                    // The page and JSON endpoint: cleartext HTTP/1.1 + HTTP/2 is in fact HTTP/1.1; say so once, no warning.
                    string name = endpoint.Key;
                    loader.Endpoint(name, e => CleartextEndpoints.Apply(
                        e, name, kestrel.ApplicationServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(CleartextEndpoints).FullName!)));
                }
            }
        });
        return builder;
    }

    /// <summary>
    /// Maps the gRPC methods (<c>POST /contentreview.v1.ContentReviewService/Review</c>, …, and
    /// <c>/grpc.health.v1.Health/Check</c> and <c>Watch</c>) with endpoint routing, restricted to the gRPC endpoints;
    /// any other gRPC request there gets UNIMPLEMENTED.
    /// </summary>
    /// <param name="app">The application.</param>
    public static WebApplication MapGrpcTransport(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var registry = app.Services.GetRequiredService<GrpcMethodRegistry>();
        foreach (var handler in registry.Handlers)
        {
            app.MapPost(handler.Method.Path, handler.HandleAsync)
                .WithMetadata(new GrpcEndpointMetadata(handler.Method))
                .WithDisplayName("gRPC " + handler.Method.Path);
        }

        // Literal method routes outrank this pattern; a high order keeps it below every other catch-all too.
        app.MapPost("/{**grpcPath}", registry.Unimplemented.HandleAsync)
            .WithMetadata(new GrpcEndpointMetadata(null))
            .WithOrder(int.MaxValue - 1)
            .WithDisplayName("gRPC unimplemented");
        return app;
    }
}

/// <summary>Every method of the gRPC transport, with its handler.</summary>
internal sealed class GrpcMethodRegistry
{
    public GrpcMethodRegistry(GrpcHandlerServices services, ContentReviewGrpcService review, HealthGrpcService health)
    {
        const string svc = ContentReviewGrpcService.ServiceName;
        Handlers =
        [
            new UnaryMethodHandler<V1.ReviewRequest, V1.ReviewResponse>(
                new(svc, "Review", GrpcMethodType.Unary, ApiRole.Review, RateLimitPerCall: true),
                services, V1.ReviewRequest.Parser, review.ReviewAsync),
            new DuplexStreamingMethodHandler(
                new(svc, "ReviewBatch", GrpcMethodType.DuplexStreaming, ApiRole.Review, RateLimitPerCall: false),
                services, review.ReviewBatchAsync),
            new ServerStreamingMethodHandler<V1.ReviewBatchRequest>(
                new(svc, "ReviewBatchServerStream", GrpcMethodType.ServerStreaming, ApiRole.Review, RateLimitPerCall: false),
                services, V1.ReviewBatchRequest.Parser, review.ReviewBatchServerStreamAsync),
            new UnaryMethodHandler<V1.GetLexiconInfoRequest, V1.GetLexiconInfoResponse>(
                new(svc, "GetLexiconInfo", GrpcMethodType.Unary, ApiRole.Review, RateLimitPerCall: true),
                services, V1.GetLexiconInfoRequest.Parser, review.GetLexiconInfoAsync),
            new UnaryMethodHandler<V1.ListRulesRequest, V1.ListRulesResponse>(
                new(svc, "ListRules", GrpcMethodType.Unary, ApiRole.Review, RateLimitPerCall: true),
                services, V1.ListRulesRequest.Parser, review.ListRulesAsync),
            new UnaryMethodHandler<V1.ReloadLexiconRequest, V1.ReloadLexiconResponse>(
                new(svc, "ReloadLexicon", GrpcMethodType.Unary, ApiRole.Admin, RateLimitPerCall: true),
                services, V1.ReloadLexiconRequest.Parser, review.ReloadLexiconAsync),

            // Health probes carry no key and are not rate limited.
            new UnaryMethodHandler<HealthCheckRequest, HealthCheckResponse>(
                new(HealthGrpcService.ServiceName, "Check", GrpcMethodType.Unary, null, RateLimitPerCall: false),
                services, HealthCheckRequest.Parser, health.CheckAsync),
            new ServerStreamingMethodHandler<HealthCheckRequest>(
                new(HealthGrpcService.ServiceName, "Watch", GrpcMethodType.ServerStreaming, null, RateLimitPerCall: false),
                services, HealthCheckRequest.Parser, health.WatchAsync),
        ];
        Unimplemented = new UnimplementedMethodHandler(services);
    }

    public IReadOnlyList<GrpcMethodHandler> Handlers { get; }

    public GrpcMethodHandler Unimplemented { get; }
}

/// <summary>Names every invalid transport setting at startup.</summary>
internal sealed class GrpcTransportOptionsValidator : IValidateOptions<GrpcTransportOptions>
{
    public ValidateOptionsResult Validate(string? name, GrpcTransportOptions options)
    {
        var errors = options.Validate().ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
