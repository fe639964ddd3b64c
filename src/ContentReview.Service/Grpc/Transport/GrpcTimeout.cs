namespace ContentReview.Service.Grpc.Transport;

/// <summary>
/// Parses grpc-timeout: 1 to 8 ASCII digits followed by a unit, H (hours), M (minutes), S (seconds), m (milliseconds),
/// u (microseconds) or n (nanoseconds). Sub-tick values round up, so "1n" is a real, already expired, deadline rather
/// than no deadline.
/// </summary>
internal static class GrpcTimeout
{
    /// <summary>Longer timeouts are treated as no deadline: a timer cannot run longer (about 24.8 days).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue);

    public static bool TryParse(ReadOnlySpan<char> value, out TimeSpan timeout)
    {
        timeout = default;
        if (value.Length is < 2 or > 9)
        {
            return false;
        }

        long amount = 0;
        var digits = value[..^1];
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            amount = (amount * 10) + (c - '0');
        }

        // At most 99,999,999 hours = 3.6e18 ticks: fits a long, no overflow possible.
        long ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * TimeSpan.TicksPerMicrosecond,
            'n' => (amount + 99) / 100, // 100 ns per tick, rounded up
            _ => -1,
        };

        if (ticks < 0)
        {
            return false;
        }

        timeout = TimeSpan.FromTicks(ticks);
        return true;
    }

    /// <summary>Formats a timeout the way clients send it (for tests and for our own outgoing calls).</summary>
    public static string Format(TimeSpan timeout)
    {
        long ms = (long)Math.Ceiling(timeout.TotalMilliseconds);
        if (ms <= 99_999_999)
        {
            return ms.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m";
        }

        long s = (long)Math.Ceiling(timeout.TotalSeconds);
        return Math.Min(s, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "S";
    }
}
