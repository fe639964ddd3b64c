using System.Net;
using ContentReview.Service.Grpc.V1;
using Grpc.Health.V1;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>gRPC over TLS with ALPN on a second "Grpc…" endpoint, and the health service at shutdown.</summary>
public sealed class GrpcTlsAndShutdownTests
{
    [Fact]
    public async Task Tls_GrpcEndpointWithCertificate_NegotiatesHttp2ByAlpn()
    {
        await using var tls = await TlsTestHost.StartAsync("GrpcTls");
        using var client = new GrpcTestClient(new Uri($"https://127.0.0.1:{tls.Port}"), tls.TrustingHandler());

        using var message = client.NewRequest(GrpcTransportTests.Review, new ByteArrayContent(GrpcTestClient.Frame(new ReviewRequest { Text = "国土资源部" })));
        using var response = await client.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var result = await GrpcTestClient.ReadResultAsync(response);

        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal(0, result.StatusCode);
        Assert.Equal("国土资源部", result.Message(ReviewResponse.Parser).Findings.Single().Text);
    }

    [Fact]
    public async Task HealthWatch_AtShutdown_TellsNotServingAndEnds()
    {
        await using var host = await GrpcTestHost.StartAsync();
        using var client = host.CreateClient();
        using var call = await client.StartDuplexAsync(GrpcTransportTests.HealthWatch, beforeHeaders: async c =>
        {
            await c.WriteAsync(new HealthCheckRequest());
            c.CompleteRequest();
        });
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await call.ReadAsync(HealthCheckResponse.Parser))!.Status);

        // Graceful shutdown must not wait for the open Watch stream: the stream says NOT_SERVING and ends.
        var stopping = host.StopAsync();
        var rest = await call.FinishAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, rest.StatusCode);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, rest.Message(HealthCheckResponse.Parser).Status);
    }
}
