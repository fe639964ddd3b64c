namespace ContentReview.Service.Hosting;

/// <summary>Says which instance answered a call, for admin responses behind a load balancer.</summary>
internal static class InstanceInfo
{
    /// <summary>The connection's local endpoint as <c>address:port</c> (IPv6 in brackets), or "" when unknown (in-memory hosts).</summary>
    public static string LocalAddress(ConnectionInfo connection) =>
        connection.LocalIpAddress is { } ip ? new System.Net.IPEndPoint(ip, connection.LocalPort).ToString() : "";
}
