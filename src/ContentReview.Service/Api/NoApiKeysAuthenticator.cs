using ContentReview.Service.Security;

namespace ContentReview.Service.Api;

/// <summary>
/// The fallback <see cref="IApiKeyAuthenticator"/> when the host registers none: no keys, every call allowed. The
/// security layer (Security/) registers the real one; this one is only added with TryAdd.
/// </summary>
internal sealed class NoApiKeysAuthenticator : IApiKeyAuthenticator
{
    public bool Enabled => false;

    public AuthOutcome Authenticate(string? presentedKey, ApiRole role, out string? keyId)
    {
        keyId = null;
        return AuthOutcome.Allowed;
    }
}
