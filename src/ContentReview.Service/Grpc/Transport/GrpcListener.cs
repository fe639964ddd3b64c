using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ContentReview.Service.Grpc.Transport;

/// <summary>
/// Marks the connections accepted on the gRPC endpoints (Kestrel endpoints whose configured name starts with "Grpc"),
/// so gRPC routes answer there and only there: a connection middleware puts a marker in the connection's items, and
/// <see cref="GrpcListenerMatcherPolicy"/> drops gRPC endpoints from route matching on other connections.
/// </summary>
internal static class GrpcListener
{
    /// <summary>The key of the marker in the connection items.</summary>
    private static readonly object MarkerKey = new();

    /// <summary>Whether a configured endpoint name denotes a gRPC endpoint.</summary>
    public static bool IsGrpcEndpointName(string name) => name.StartsWith("Grpc", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the marking middleware to a listener.</summary>
    public static void MarkConnections(ListenOptions listenOptions) =>
        listenOptions.Use(next => connection =>
        {
            connection.Items[MarkerKey] = true;
            return next(connection);
        });

    /// <summary>Whether the request came in on a gRPC endpoint.</summary>
    public static bool IsGrpcConnection(HttpContext context) =>
        context.Features.Get<IConnectionItemsFeature>()?.Items.ContainsKey(MarkerKey) == true;
}

/// <summary>Endpoint metadata of the gRPC routes.</summary>
/// <param name="Method">The method, or <c>null</c> for the catch-all that answers UNIMPLEMENTED.</param>
internal sealed record GrpcEndpointMetadata(GrpcMethodDescriptor? Method);

/// <summary>
/// Route matching: gRPC endpoints match only on gRPC connections, and the UNIMPLEMENTED catch-all only for requests
/// with a gRPC content type (so other POSTs on the gRPC port still reach whatever else is mapped, or 404).
/// </summary>
internal sealed class GrpcListenerMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <summary>Runs before the HTTP method policy so a GET to a gRPC path on another port is a plain 404.</summary>
    public override int Order => -1000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<GrpcEndpointMetadata>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        bool onGrpcListener = GrpcListener.IsGrpcConnection(httpContext);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i))
            {
                continue;
            }

            var metadata = candidates[i].Endpoint.Metadata.GetMetadata<GrpcEndpointMetadata>();
            if (metadata is null)
            {
                continue;
            }

            if (!onGrpcListener
                || (metadata.Method is null && !GrpcProtocol.IsAnyGrpcContentType(httpContext.Request.ContentType)))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
