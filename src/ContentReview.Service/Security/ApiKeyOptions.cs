namespace ContentReview.Service.Security;

/// <summary>
/// API keys and rate limits, bound from the configuration section <c>ContentReview</c> (keys <c>ApiKeys</c> and
/// <c>RateLimit</c>). Any configuration source works: appsettings.json, environment variables
/// (<c>ContentReview__ApiKeys__0__Id=cms</c>, <c>ContentReview__ApiKeys__0__Key=…</c>,
/// <c>ContentReview__ApiKeys__0__Roles__0=review</c>), command-line arguments. Changes are picked up without restart.
/// </summary>
public sealed class ApiKeySecurityOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ContentReview";

    /// <summary>The keys. Empty (the default): no key is required and every call is allowed.</summary>
    public IList<ApiKeyEntry> ApiKeys { get; } = new List<ApiKeyEntry>();

    /// <summary>The default rate limit of every key (and, when no keys are configured, of every client address).</summary>
    public RateLimitSettings RateLimit { get; set; } = new();
}

/// <summary>One API key.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>
    /// A non-secret, unique name of the key (for example the CMS it belongs to). Used in logs and as the rate-limit
    /// partition; required.
    /// </summary>
    public string? Id { get; set; }

    /// <summary>The secret itself, at least 16 characters. Give either this or <see cref="KeySha256"/>.</summary>
    public string? Key { get; set; }

    /// <summary>
    /// The SHA-256 of the key's UTF-8 bytes as 64 hex digits, so the secret itself need not be stored in configuration
    /// (<c>printf %s "$KEY" | sha256sum</c>).
    /// </summary>
    public string? KeySha256 { get; set; }

    /// <summary>
    /// The roles: <c>review</c> (review calls and lexicon queries) and/or <c>admin</c> (lexicon reload; implies
    /// review). Default: <c>review</c>.
    /// </summary>
    public string[]? Roles { get; set; }

    /// <summary>This key's sustained rate in calls per second, overriding <see cref="ApiKeySecurityOptions.RateLimit"/>; 0 means unlimited.</summary>
    public double? PermitsPerSecond { get; set; }

    /// <summary>This key's burst (bucket size), overriding <see cref="ApiKeySecurityOptions.RateLimit"/>.</summary>
    public int? Burst { get; set; }
}

/// <summary>A token-bucket rate limit.</summary>
public sealed class RateLimitSettings
{
    /// <summary>The sustained rate in calls per second (each review in a batch counts as one call). 0 (the default): no limit.</summary>
    public double PermitsPerSecond { get; set; }

    /// <summary>How many calls may be made at once after a quiet period (the bucket size). 0 (the default): one second's worth, at least 1.</summary>
    public int Burst { get; set; }
}
