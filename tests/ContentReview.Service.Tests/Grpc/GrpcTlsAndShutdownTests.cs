using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContentReview.Service.Grpc.V1;
using Grpc.Health.V1;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>gRPC over TLS with ALPN on a second "Grpc…" endpoint, and the health service at shutdown.</summary>
public sealed class GrpcTlsAndShutdownTests
{
    [Fact]
    public async Task Tls_GrpcEndpointWithCertificate_NegotiatesHttp2ByAlpn()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cr-tls-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        try
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            string pfx = Path.Combine(dir, "grpc.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));

            int tlsPort = GrpcTestHost.FreePort();
            await using var host = await GrpcTestHost.StartAsync(new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:GrpcTls:Url"] = $"https://127.0.0.1:{tlsPort}",
                ["Kestrel:Endpoints:GrpcTls:Certificate:Path"] = pfx,
                ["Kestrel:Endpoints:GrpcTls:Certificate:Password"] = "test-password",
            });
            string thumbprint = certificate.Thumbprint;
            var handler = new SocketsHttpHandler();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert is X509Certificate2 c && c.Thumbprint == thumbprint;
            using var client = new GrpcTestClient(new Uri($"https://127.0.0.1:{tlsPort}"), handler);

            using var message = client.NewRequest(GrpcTransportTests.Review, new ByteArrayContent(GrpcTestClient.Frame(new ReviewRequest { Text = "国土资源部" })));
            using var response = await client.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
            var result = await GrpcTestClient.ReadResultAsync(response);

            Assert.Equal(HttpVersion.Version20, response.Version);
            Assert.Equal(0, result.StatusCode);
            Assert.Equal("国土资源部", result.Message(ReviewResponse.Parser).Findings.Single().Text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
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
