using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>A self-signed server certificate for 127.0.0.1, written as a password-protected PFX for Kestrel.</summary>
internal static class TestCertificate
{
    /// <summary>The PFX password the tests configure.</summary>
    public const string Password = "test-password";

    /// <summary>Writes the certificate to <paramref name="pfxPath"/> and returns its thumbprint.</summary>
    public static async Task<string> WriteLoopbackPfxAsync(string pfxPath)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await File.WriteAllBytesAsync(pfxPath, certificate.Export(X509ContentType.Pfx, Password));
        return certificate.Thumbprint;
    }

    /// <summary>A handler that trusts exactly the certificate with <paramref name="thumbprint"/>.</summary>
    public static SocketsHttpHandler TrustingHandler(string thumbprint)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert is X509Certificate2 c && c.Thumbprint == thumbprint;
        return handler;
    }
}

/// <summary>
/// A test host whose Kestrel endpoint <c>name</c> serves HTTPS on a free loopback port with a fresh <see cref="TestCertificate"/>;
/// disposing it stops the host and deletes the certificate.
/// </summary>
internal sealed class TlsTestHost : IAsyncDisposable
{
    private readonly string _directory;

    private TlsTestHost(GrpcTestHost host, int port, string thumbprint, string directory)
    {
        Host = host;
        Port = port;
        Thumbprint = thumbprint;
        _directory = directory;
    }

    /// <summary>The running host.</summary>
    public GrpcTestHost Host { get; }

    /// <summary>The HTTPS endpoint's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The certificate's thumbprint.</summary>
    public string Thumbprint { get; }

    /// <summary>Starts a host with the HTTPS endpoint <paramref name="endpointName"/> (a Kestrel endpoint section name).</summary>
    public static async Task<TlsTestHost> StartAsync(string endpointName)
    {
        string directory = Path.Combine(Path.GetTempPath(), "cr-tls-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        try
        {
            string pfx = Path.Combine(directory, "server.pfx");
            string thumbprint = await TestCertificate.WriteLoopbackPfxAsync(pfx);
            int port = GrpcTestHost.FreePort();
            var host = await GrpcTestHost.StartAsync(new Dictionary<string, string?>
            {
                [$"Kestrel:Endpoints:{endpointName}:Url"] = $"https://127.0.0.1:{port}",
                [$"Kestrel:Endpoints:{endpointName}:Certificate:Path"] = pfx,
                [$"Kestrel:Endpoints:{endpointName}:Certificate:Password"] = TestCertificate.Password,
            });
            return new TlsTestHost(host, port, thumbprint, directory);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>A handler that trusts exactly this host's certificate.</summary>
    public SocketsHttpHandler TrustingHandler() => TestCertificate.TrustingHandler(Thumbprint);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
