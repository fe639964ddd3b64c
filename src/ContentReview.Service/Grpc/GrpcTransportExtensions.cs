namespace ContentReview.Service.Grpc;

/// <summary>Registers and maps the gRPC transport (our own gRPC-over-HTTP/2 layer on Kestrel).</summary>
public static class GrpcTransportExtensions
{
    /// <summary>Adds the gRPC transport's services.</summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddGrpcTransport(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the gRPC methods.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication MapGrpcTransport(this WebApplication app) => app;
}
