using Microsoft.AspNetCore.Server.Kestrel;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ContentReview.Service.Hosting;

/// <summary>
/// Makes a cleartext endpoint configured for HTTP/1.1 and HTTP/2 (the page and JSON port, <c>Kestrel:Endpoints:Http</c>)
/// say what it really speaks: HTTP/1.1.
/// </summary>
/// <remarks>
/// <para>Kestrel (ASP.NET Core 10) picks HTTP/2 on a mixed endpoint only by TLS ALPN. Without TLS it serves HTTP/1.1 and
/// drops a client that starts with the HTTP/2 preface (prior knowledge, <c>curl --http2-prior-knowledge</c>); it does
/// not sniff the preface (dotnet/aspnetcore#56984, still open) and does not implement the HTTP/1.1
/// <c>Upgrade: h2c</c> dance either. It also logs a warning about it at every start, which reads like a fault.</para>
/// <para>So such an endpoint is set to HTTP/1.1 explicitly (no warning) and one Information line says what it speaks
/// and where HTTP/2 is: the same endpoint with a certificate (TLS, ALPN offers h2 and http/1.1), or the gRPC endpoint,
/// which is HTTP/2-only cleartext (h2c with prior knowledge) and serves the JSON API, the page, <c>/healthz</c> and
/// <c>/metrics</c> as well as gRPC.</para>
/// <para>Rejected: a connection middleware that sniffs the preface cannot change the protocol Kestrel chose for the
/// endpoint (the choice is made after the middleware from the endpoint's settings); faking a TLS feature so Kestrel
/// would believe ALPN said h2 would make requests claim <c>https</c>.</para>
/// </remarks>
internal static partial class CleartextEndpoints
{
    /// <summary>
    /// Applies the rule to one configured endpoint: cleartext and HTTP/1.1 + HTTP/2 becomes HTTP/1.1 (HTTP/3 needs TLS
    /// too), logged once; endpoints with TLS, and HTTP/2-only or HTTP/1.1-only ones, are left as configured.
    /// </summary>
    /// <param name="endpoint">The endpoint being loaded from <c>Kestrel:Endpoints</c>.</param>
    /// <param name="name">Its configuration name (<c>Http</c>).</param>
    /// <param name="logger">Where to say what the endpoint speaks, or <c>null</c>.</param>
    /// <returns>Whether the endpoint was changed to HTTP/1.1.</returns>
    public static bool Apply(EndpointConfiguration endpoint, string name, ILogger? logger)
    {
        var listen = endpoint.ListenOptions;
        if (endpoint.IsHttps || !listen.Protocols.HasFlag(HttpProtocols.Http1) || !listen.Protocols.HasFlag(HttpProtocols.Http2))
        {
            return false;
        }

        listen.Protocols = HttpProtocols.Http1;
        if (logger is not null)
        {
            LogHttp1Only(logger, name, endpoint.ConfigSection["Url"] ?? listen.ToString() ?? name);
        }

        return true;
    }

    [LoggerMessage(EventId = 130, Level = LogLevel.Information,
        Message = "Endpoint {Name} ({Url}) is cleartext, so it speaks HTTP/1.1 only: Kestrel offers HTTP/2 on a mixed endpoint only through TLS ALPN. " +
                  "For HTTP/2 give it an https URL and a certificate, or use the gRPC endpoint: it is HTTP/2 cleartext (h2c, prior knowledge) " +
                  "and serves the JSON API, the page, /healthz and /metrics too.")]
    private static partial void LogHttp1Only(ILogger logger, string name, string url);
}
