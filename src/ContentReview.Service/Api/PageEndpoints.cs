using System.Reflection;
using System.Security.Cryptography;

namespace ContentReview.Service.Api;

/// <summary>
/// Serves the editors' test page (wwwroot/, embedded in the assembly so it works from any working directory and in a
/// single-file publish) with strict security headers: no external origin, no inline script.
/// </summary>
internal static class PageEndpoints
{
    private const string ResourcePrefix = "wwwroot/";

    // The page loads only its own script and stylesheet and talks only to this origin. Everything the draft
    // contains is inserted as text nodes, and the policy is a second line of defence should that ever slip.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        var assembly = typeof(PageEndpoints).Assembly;
        foreach (string name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var asset = Load(assembly, name);
            string path = "/" + name[ResourcePrefix.Length..];
            app.MapMethods(path, ["GET", "HEAD"], (HttpContext http) => Serve(http, asset)).ExcludeFromDescription();
            if (path == "/index.html")
            {
                app.MapMethods("/", ["GET", "HEAD"], (HttpContext http) => Serve(http, asset)).ExcludeFromDescription();
            }
        }
    }

    private static Asset Load(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] bytes = copy.ToArray();
        string etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes).AsSpan(0, 8)).ToLowerInvariant() + "\"";
        string contentType = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".ico" => "image/x-icon",
            _ => "application/octet-stream",
        };
        return new Asset(bytes, contentType, etag);
    }

    private static IResult Serve(HttpContext http, Asset asset)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        // Revalidate every time (cheap with the ETag) so a new build's page is never mixed with an old script.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(asset.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
