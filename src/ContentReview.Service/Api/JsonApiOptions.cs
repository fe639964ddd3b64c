namespace ContentReview.Service.Api;

/// <summary>Limits of the JSON API, bound from the configuration section <c>ContentReview:Api</c>.</summary>
public sealed class JsonApiOptions
{
    /// <summary>The configuration section: <c>ContentReview:Api</c>.</summary>
    public const string SectionName = "ContentReview:Api";

    /// <summary>The largest request body accepted, in bytes; a larger one gets 413. Default: 4 MiB (as gRPC).</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The longest <c>text</c> accepted, in UTF-16 code units; a longer one gets 413 naming <c>text</c>. Default:
    /// <see cref="ReviewOptions.DefaultMaxInputLength"/> (1,000,000).
    /// </summary>
    public int MaxTextLength { get; set; } = ReviewOptions.DefaultMaxInputLength;

    /// <summary>The page size of <c>GET /api/rules</c> when the caller gives none. Default: 50.</summary>
    public int DefaultRulesPageSize { get; set; } = 50;

    /// <summary>The largest page size <c>GET /api/rules</c> accepts. Default: 500.</summary>
    public int MaxRulesPageSize { get; set; } = 500;
}
