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
