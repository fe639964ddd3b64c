using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Security;

/// <summary>
/// The API-key check shared by every transport. Keys are kept only as SHA-256 hashes; a presented key is hashed and
/// compared with every configured hash using <see cref="CryptographicOperations.FixedTimeEquals"/>, without stopping
/// at the first match, so the time taken reveals neither the key nor which key matched. Keys are never logged.
/// </summary>
public sealed class ApiKeyAuthenticator : IApiKeyAuthenticator, IDisposable
{
    private readonly IDisposable? _subscription;
    private volatile KeyTable _table;

    /// <summary>Creates the authenticator; it follows configuration changes (key rotation without restart).</summary>
    /// <param name="options">The key options.</param>
    public ApiKeyAuthenticator(IOptionsMonitor<ApiKeySecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _table = KeyTable.Build(options.CurrentValue);
        _subscription = options.OnChange(o =>
        {
            // A bad edit keeps the keys in force; ValidateOnStart reported the error at startup, and the options
            // validator reports it again on the next access.
            if (KeyTable.TryBuild(o, out var table, out _))
            {
                _table = table;
            }
        });
    }

    /// <inheritdoc />
    public bool Enabled => _table.Keys.Length > 0;

    /// <inheritdoc />
    public AuthOutcome Authenticate(string? presentedKey, ApiRole role, out string? keyId)
    {
        keyId = null;
        var table = _table;
        if (table.Keys.Length == 0)
        {
            return AuthOutcome.Allowed;
        }

        if (string.IsNullOrEmpty(presentedKey))
        {
            return AuthOutcome.Unauthenticated;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        HashKey(presentedKey, hash);
        int matched = -1;
        for (int i = 0; i < table.Keys.Length; i++)
        {
            // No early exit: every key is compared.
            bool equal = CryptographicOperations.FixedTimeEquals(hash, table.Keys[i].Hash);
            matched = equal && matched < 0 ? i : matched;
        }

        if (matched < 0)
        {
            return AuthOutcome.Unauthenticated;
        }

        var key = table.Keys[matched];
        keyId = key.Id;
        return key.Allows(role) ? AuthOutcome.Allowed : AuthOutcome.PermissionDenied;
    }

    /// <summary>Stops following configuration changes.</summary>
    public void Dispose() => _subscription?.Dispose();

    internal static void HashKey(string key, Span<byte> destination)
    {
        int max = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = null;
        Span<byte> bytes = max <= 256 ? stackalloc byte[256] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        try
        {
            int n = Encoding.UTF8.GetBytes(key, bytes);
            SHA256.HashData(bytes[..n], destination);
            CryptographicOperations.ZeroMemory(bytes[..n]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    internal sealed record ConfiguredKey(string Id, byte[] Hash, bool Admin)
    {
        public bool Allows(ApiRole role) => role == ApiRole.Review || Admin;
    }

    internal sealed class KeyTable
    {
        public const int MinimumKeyLength = 16;

        private KeyTable(ConfiguredKey[] keys) => Keys = keys;

        public ConfiguredKey[] Keys { get; }

        public static KeyTable Build(ApiKeySecurityOptions options) =>
            TryBuild(options, out var table, out var errors)
                ? table
                : throw new InvalidOperationException("Invalid API key configuration: " + string.Join(" ", errors));

        /// <summary>Builds the table, or lists every configuration error (naming settings, never secrets).</summary>
        public static bool TryBuild(ApiKeySecurityOptions options, out KeyTable table, out List<string> errors)
        {
            errors = [];
            var keys = new List<ConfiguredKey>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < options.ApiKeys.Count; i++)
            {
                var entry = options.ApiKeys[i];
                string path = $"{ApiKeySecurityOptions.SectionName}:ApiKeys:{i}";
                if (string.IsNullOrWhiteSpace(entry.Id))
                {
                    errors.Add($"{path}:Id is required.");
                    continue;
                }

                if (!ids.Add(entry.Id))
                {
                    errors.Add($"{path}:Id '{entry.Id}' is used by another key.");
                    continue;
                }

                bool hasKey = !string.IsNullOrEmpty(entry.Key);
                bool hasHash = !string.IsNullOrEmpty(entry.KeySha256);
                byte[] hash = new byte[SHA256.HashSizeInBytes];
                if (hasKey == hasHash)
                {
                    errors.Add($"{path} ('{entry.Id}'): give exactly one of Key and KeySha256.");
                    continue;
                }

                if (hasKey)
                {
                    if (entry.Key!.Length < MinimumKeyLength)
                    {
                        errors.Add($"{path}:Key ('{entry.Id}') is shorter than {MinimumKeyLength} characters.");
                        continue;
                    }

                    HashKey(entry.Key, hash);
                }
                else
                {
                    try
                    {
                        hash = Convert.FromHexString(entry.KeySha256!);
                    }
                    catch (FormatException)
                    {
                        hash = [];
                    }

                    if (hash.Length != SHA256.HashSizeInBytes)
                    {
                        errors.Add($"{path}:KeySha256 ('{entry.Id}') must be 64 hex digits.");
                        continue;
                    }
                }

                bool admin = false;
                foreach (var role in entry.Roles ?? ["review"])
                {
                    if (role.Equals("admin", StringComparison.OrdinalIgnoreCase))
                    {
                        admin = true;
                    }
                    else if (!role.Equals("review", StringComparison.OrdinalIgnoreCase))
                    {
                        errors.Add($"{path}:Roles ('{entry.Id}'): unknown role '{role}' (expected review or admin).");
                    }
                }

                keys.Add(new ConfiguredKey(entry.Id, hash, admin));
            }

            table = new KeyTable(keys.ToArray());
            return errors.Count == 0;
        }
    }
}

/// <summary>Validates <see cref="ApiKeySecurityOptions"/> at startup, naming each bad setting (never a secret).</summary>
internal sealed class ApiKeySecurityOptionsValidator : IValidateOptions<ApiKeySecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeySecurityOptions options)
    {
        var errors = new List<string>();
        ApiKeyAuthenticator.KeyTable.TryBuild(options, out _, out var keyErrors);
        errors.AddRange(keyErrors);
        if (options.RateLimit.PermitsPerSecond < 0 || double.IsNaN(options.RateLimit.PermitsPerSecond))
        {
            errors.Add($"{ApiKeySecurityOptions.SectionName}:RateLimit:PermitsPerSecond must be 0 (no limit) or positive.");
        }

        if (options.RateLimit.Burst < 0)
        {
            errors.Add($"{ApiKeySecurityOptions.SectionName}:RateLimit:Burst must not be negative.");
        }

        for (int i = 0; i < options.ApiKeys.Count; i++)
        {
            if (options.ApiKeys[i].PermitsPerSecond is < 0 || options.ApiKeys[i].Burst is < 0)
            {
                errors.Add($"{ApiKeySecurityOptions.SectionName}:ApiKeys:{i}: PermitsPerSecond and Burst must not be negative.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
