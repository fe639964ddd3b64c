using Microsoft.Extensions.Primitives;

namespace ContentReview.Service.Security;

/// <summary>Reads the API key a caller presents: <c>authorization: Bearer &lt;key&gt;</c> or <c>x-api-key: &lt;key&gt;</c>.</summary>
public static class ApiKeyHeaders
{
    /// <summary>The alternative header.</summary>
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>Returns the presented key, or <c>null</c> when there is none.</summary>
    /// <param name="headers">The request headers (HTTP/2 lower-cases names; the lookup ignores case anyway).</param>
    public static string? Read(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.TryGetValue("authorization", out StringValues authorization))
        {
            foreach (var value in authorization)
            {
                if (value is not null && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    var key = value.AsSpan(7).Trim();
                    if (!key.IsEmpty)
                    {
                        return key.ToString();
                    }
                }
            }
        }

        if (headers.TryGetValue(ApiKeyHeader, out StringValues apiKey))
        {
            var key = apiKey.ToString().Trim();
            return key.Length > 0 ? key : null;
        }

        return null;
    }
}
