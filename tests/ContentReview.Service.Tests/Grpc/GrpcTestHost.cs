using System.Net;
using System.Net.Sockets;
using ContentReview.Service.Api;
using ContentReview.Service.Grpc;
using ContentReview.Service.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>
/// The real service (wired exactly as Program.cs wires it) on real Kestrel, on free loopback ports: HTTP on one, h2c
/// gRPC on the other. The lexicon is a test rule folder (built-in lexicon off) so findings are known exactly.
/// </summary>
public sealed class GrpcTestHost : IAsyncDisposable
{
    /// <summary>
    /// The rules every test host loads (tests/interop/lexicon/, shared with the interop runner): two agency-name rules,
    /// a rule whose pattern lies outside the BMP (𠮷野家) and an info-level typo rule.
    /// </summary>
    public static string TestLexiconSource { get; } = Path.Combine(Interop.ExternalProcess.RepoRoot, "tests", "interop", "lexicon");

    private readonly WebApplication _app;

    private GrpcTestHost(WebApplication app, string lexiconDirectory, int grpcPort, int httpPort)
    {
        _app = app;
        LexiconDirectory = lexiconDirectory;
        GrpcPort = grpcPort;
        HttpPort = httpPort;
    }

    public string LexiconDirectory { get; }

    public int GrpcPort { get; }

    public int HttpPort { get; }

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}");

    public IServiceProvider Services => _app.Services;

    public static async Task<GrpcTestHost> StartAsync(IDictionary<string, string?>? settings = null, string? lexiconDirectory = null)
    {
        Exception? last = null;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            string dir = lexiconDirectory ?? CreateLexiconDirectory();
            int grpcPort = FreePort();
            int httpPort = FreePort();
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(GrpcTransportExtensions).Assembly.GetName().Name,
                EnvironmentName = Environments.Production,
                ContentRootPath = AppContext.BaseDirectory,
            });
            var config = new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}",
                ["Kestrel:Endpoints:Http:Protocols"] = "Http1AndHttp2",
                ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
                ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
                ["ContentReview:UseBuiltInLexicon"] = "false",
                ["ContentReview:LexiconDirectories:0"] = dir,
                ["ContentReview:WatchLexiconDirectories"] = "false",
                ["ContentReview:ShutdownTimeout"] = "00:00:05",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                config[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.ClearProviders();
            builder.AddContentReviewHosting();
            builder.AddGrpcTransport();
            builder.AddJsonApi();
            var app = builder.Build();
            app.UseContentReviewHosting();
            app.MapGrpcTransport();
            app.MapJsonApi();
            try
            {
                await app.StartAsync();
                return new GrpcTestHost(app, dir, grpcPort, httpPort);
            }
            catch (IOException ex)
            {
                // A port taken between probing and binding: try others.
                last = ex;
                await app.DisposeAsync();
            }
        }

        throw new InvalidOperationException("could not start the test host", last);
    }

    public static string CreateLexiconDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cr-grpc-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(TestLexiconSource, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }
        return dir;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public GrpcTestClient CreateClient() => new(GrpcAddress);

    /// <summary>Stops the host (graceful shutdown) without disposing it.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(LexiconDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One test host shared by the tests of a class (the lexicon and settings are the defaults).</summary>
public sealed class GrpcHostFixture : IAsyncLifetime
{
    public GrpcTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GrpcTestHost.StartAsync(new Dictionary<string, string?>
    {
        // Small limits so the limit tests need no megabytes of data.
        ["ContentReview:Grpc:MaxReceiveMessageSize"] = "65536",
        ["ContentReview:Grpc:MaxTextLength"] = "20000",
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
