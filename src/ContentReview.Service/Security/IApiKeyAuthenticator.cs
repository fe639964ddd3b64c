namespace ContentReview.Service.Security;

/// <summary>What a caller wants to do; admin calls (lexicon reload) need an admin key.</summary>
public enum ApiRole
{
    /// <summary>Review calls and lexicon queries.</summary>
    Review = 0,

    /// <summary>Lexicon administration (reload).</summary>
    Admin = 1,
}

/// <summary>The outcome of an API-key check.</summary>
public enum AuthOutcome
{
    /// <summary>Allowed (also when no keys are configured).</summary>
    Allowed = 0,

    /// <summary>No key, or an unknown key → UNAUTHENTICATED (HTTP 401).</summary>
    Unauthenticated = 1,

    /// <summary>A valid key without the needed role → PERMISSION_DENIED (HTTP 403).</summary>
    PermissionDenied = 2,
}

/// <summary>
/// Checks API keys from configuration or environment with constant-time comparison. Shared by the gRPC transport and
/// the JSON API. Keys are never logged.
/// </summary>
public interface IApiKeyAuthenticator
{
    /// <summary>Whether any key is configured; when none is, every call is allowed.</summary>
    bool Enabled { get; }

    /// <summary>Checks <paramref name="presentedKey"/> for <paramref name="role"/>.</summary>
    /// <param name="presentedKey">The key the caller sent, or <c>null</c>.</param>
    /// <param name="role">What the caller wants to do.</param>
    /// <param name="keyId">A non-secret id of the matched key (for rate limiting and logs), or <c>null</c>.</param>
    AuthOutcome Authenticate(string? presentedKey, ApiRole role, out string? keyId);
}
