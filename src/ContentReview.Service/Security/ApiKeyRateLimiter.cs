using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Security;

/// <summary>
/// Rate limits calls per API key with token buckets (System.Threading.RateLimiting), one partition per key id, so one
/// busy CMS cannot starve the others. When no keys are configured the partition is the client address. Shared by every
/// transport: take the partition from <see cref="PartitionKey"/>, then call <see cref="TryAcquire"/> once per review.
/// </summary>
public sealed class ApiKeyRateLimiter : IDisposable
{
    private readonly IOptionsMonitor<ApiKeySecurityOptions> _options;
    private readonly PartitionedRateLimiter<string> _limiter;

    /// <summary>Creates the limiter.</summary>
    /// <param name="options">The key and rate-limit options.</param>
    public ApiKeyRateLimiter(IOptionsMonitor<ApiKeySecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _limiter = PartitionedRateLimiter.Create<string, string>(partition =>
        {
            var (rate, burst) = LimitFor(partition);
            if (rate <= 0)
            {
                return RateLimitPartition.GetNoLimiter(partition);
            }

            // Replenish in small steps so a limit of 100/s does not arrive as one lump each second.
            var period = rate >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / rate);
            int tokensPerPeriod = rate >= 10 ? Math.Max(1, (int)Math.Round(rate / 10)) : 1;
            return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst > 0 ? burst : Math.Max(1, (int)Math.Ceiling(rate)),
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }

    /// <summary>The partition of a call: <c>key:&lt;id&gt;</c> for an authenticated key, else <c>addr:&lt;client address&gt;</c>.</summary>
    /// <param name="keyId">The id the authenticator returned, or <c>null</c>.</param>
    /// <param name="context">The HTTP context of the call.</param>
    public static string PartitionKey(string? keyId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return keyId is not null ? "key:" + keyId : "addr:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    /// <summary>
    /// Takes one permit from <paramref name="partitionKey"/>'s bucket without waiting. Returns false when the bucket is
    /// empty (answer RESOURCE_EXHAUSTED / HTTP 429), with the time after which a retry may succeed when known.
    /// </summary>
    /// <param name="partitionKey">From <see cref="PartitionKey"/>.</param>
    /// <param name="retryAfter">When refused: how long to wait, if the limiter knows.</param>
    public bool TryAcquire(string partitionKey, out TimeSpan? retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(partitionKey);
        retryAfter = null;
        if (lease.IsAcquired)
        {
            return true;
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var delay))
        {
            retryAfter = delay;
        }

        return false;
    }

    /// <summary>Releases the limiter's timer.</summary>
    public void Dispose() => _limiter.Dispose();

    private (double Rate, int Burst) LimitFor(string partition)
    {
        var options = _options.CurrentValue;
        double rate = options.RateLimit.PermitsPerSecond;
        int burst = options.RateLimit.Burst;
        if (partition.StartsWith("key:", StringComparison.Ordinal))
        {
            var id = partition.AsSpan(4);
            foreach (var entry in options.ApiKeys)
            {
                if (id.SequenceEqual(entry.Id))
                {
                    rate = entry.PermitsPerSecond ?? rate;
                    burst = entry.Burst ?? burst;
                    break;
                }
            }
        }

        return (rate, burst);
    }
}
