using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ContentReview.Service.Hosting;
using ContentReview.Service.Security;

namespace ContentReview.Service.Api;

/// <summary>Registers and maps the JSON API, the test page, /healthz and /metrics.</summary>
/// <remarks>
/// Endpoints (all JSON with camelCase fields, errors as RFC 7807 <c>application/problem+json</c>):
/// <list type="bullet">
/// <item><c>POST /api/review</c>: the proto's <c>ReviewRequest</c> → <c>ReviewResponse</c>.</item>
/// <item><c>GET /api/lexicon</c>: version, rule count, counts by category, categories.</item>
/// <item><c>GET /api/rules?category=&amp;page=&amp;pageSize=</c>: a page of rules.</item>
/// <item><c>POST /api/admin/reload</c>: reload the lexicon (admin key when keys are configured).</item>
/// <item><c>GET /healthz</c>, <c>GET /metrics</c> (Prometheus text), <c>GET /</c> (the test page).</item>
/// </list>
/// </remarks>
public static class JsonApiExtensions
{
    /// <summary>
    /// The serializer options of every JSON response: web defaults (camelCase) and Chinese written as is rather than
    /// as \u escapes (HTML-significant characters stay escaped).
    /// </summary>
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Adds the JSON API's services.</summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddJsonApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<JsonApiOptions>()
            .BindConfiguration(JsonApiOptions.SectionName)
            .Validate(o => o.MaxRequestBytes > 0, "ContentReview:Api:MaxRequestBytes must be positive.")
            .Validate(o => o.MaxTextLength > 0, "ContentReview:Api:MaxTextLength must be positive.")
            .Validate(o => o.DefaultRulesPageSize > 0 && o.DefaultRulesPageSize <= o.MaxRulesPageSize,
                "ContentReview:Api:DefaultRulesPageSize must be positive and at most MaxRulesPageSize.")
            .ValidateOnStart();
        // API keys and rate limits shared with the gRPC transport (idempotent; no keys configured → every call allowed).
        builder.Services.AddApiKeySecurity(builder.Configuration);
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Maps the JSON API, the page, /healthz and /metrics.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication MapJsonApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").AddEndpointFilter<ApiCallFilter>();
        api.MapPost("/review", ApiEndpoints.ReviewAsync)
            .WithMetadata(new ApiCallMetadata("Review", ApiRole.Review));
        api.MapGet("/lexicon", ApiEndpoints.GetLexicon)
            .WithMetadata(new ApiCallMetadata("GetLexiconInfo", ApiRole.Review));
        api.MapGet("/rules", ApiEndpoints.ListRules)
            .WithMetadata(new ApiCallMetadata("ListRules", ApiRole.Review));
        api.MapPost("/admin/reload", ApiEndpoints.ReloadAsync)
            .WithMetadata(new ApiCallMetadata("ReloadLexicon", ApiRole.Admin));

        app.MapGet("/healthz", ApiEndpoints.Health);
        app.MapGet("/metrics", ApiEndpoints.Metrics);
        PageEndpoints.Map(app);
        return app;
    }
}
