using System.Diagnostics;
using System.Net.Sockets;
using ContentReview.Service.Grpc.V1;
using ContentReview.Service.Tests.Grpc.Interop;
using Grpc.Health.V1;

namespace ContentReview.Service.Tests.Grpc.ScaleOut;

/// <summary>
/// Two service instances behind nginx (Debian) with grpc_pass on loopback, configured from
/// src/ContentReview.Service/deploy/nginx/contentreview-grpc.conf.template exactly as documented; nginx runs as this user with a temp prefix.
/// Each instance has one extra rule that names it, so the findings show which instance served a call.
/// </summary>
public sealed class NginxFixture : IAsyncLifetime
{
    private Process? _nginx;

    public GrpcTestHost InstanceA { get; private set; } = null!;

    public GrpcTestHost InstanceB { get; private set; } = null!;

    public string Prefix { get; } = Path.Combine(Path.GetTempPath(), "cr-nginx-" + Guid.NewGuid().ToString("N")[..12]);

    public int Port { get; private set; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string? StartError { get; private set; }

    public async Task InitializeAsync()
    {
        if (ToolCheck.Missing(ToolCheck.Nginx) is not null)
        {
            return;
        }

        InstanceA = await GrpcTestHost.StartAsync(Named("instance-a"), LexiconWithMarker("a"));
        InstanceB = await GrpcTestHost.StartAsync(Named("instance-b"), LexiconWithMarker("b"));
        Directory.CreateDirectory(Path.Combine(Prefix, "tmp"));
        Port = GrpcTestHost.FreePort();
        string template = await File.ReadAllTextAsync(Path.Combine(ExternalProcess.RepoRoot, "src", "ContentReview.Service", "deploy", "nginx", "contentreview-grpc.conf.template"));
        string config = template
            .Replace("${PREFIX}", Prefix, StringComparison.Ordinal)
            .Replace("${LISTEN}", $"127.0.0.1:{Port}", StringComparison.Ordinal)
            .Replace("${BACKEND_1}", $"127.0.0.1:{InstanceA.GrpcPort}", StringComparison.Ordinal)
            .Replace("${BACKEND_2}", $"127.0.0.1:{InstanceB.GrpcPort}", StringComparison.Ordinal);
        string configPath = Path.Combine(Prefix, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config);

        string nginx = ExternalProcess.Which("nginx")!;
        var check = await ExternalProcess.RunAsync(nginx, ["-t", "-p", Prefix, "-c", configPath], TimeSpan.FromSeconds(30));
        if (check.ExitCode != 0)
        {
            StartError = "nginx -t rejected the rendered template: " + check;
            return;
        }

        var info = new ProcessStartInfo(nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", Prefix, "-c", configPath, "-g", "daemon off;" })
        {
            info.ArgumentList.Add(arg);
        }

        _nginx = Process.Start(info)!;
        for (int i = 0; i < 100 && !await AcceptsAsync(Port); i++)
        {
            if (_nginx.HasExited)
            {
                StartError = $"nginx exited with {_nginx.ExitCode}: {await _nginx.StandardError.ReadToEndAsync()}";
                return;
            }

            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            // Only the nginx master this fixture started (its workers follow it).
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        _nginx?.Dispose();
        if (InstanceA is not null)
        {
            await InstanceA.DisposeAsync();
        }

        if (InstanceB is not null)
        {
            await InstanceB.DisposeAsync();
        }

        try
        {
            Directory.Delete(Prefix, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public string ErrorLog() => File.Exists(Path.Combine(Prefix, "error.log")) ? File.ReadAllText(Path.Combine(Prefix, "error.log")) : "";

    private static Dictionary<string, string?> Named(string name) => new() { ["ContentReview:InstanceName"] = name };

    private static string LexiconWithMarker(string instance)
    {
        string dir = GrpcTestHost.CreateLexiconDirectory();
        File.WriteAllText(Path.Combine(dir, "instance.yaml"), $"""
            category: sensitive
            rules:
              - id: instance-{instance}
                severity: info
                patterns: [实例标记]
                message: 测试：实例 {instance}。
                source: 测试
            """);
        return dir;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

public sealed class NginxScaleOutTests(NginxFixture nginx) : IClassFixture<NginxFixture>
{
    private GrpcTestClient Client()
    {
        Assert.True(nginx.StartError is null, nginx.StartError);
        return new GrpcTestClient(nginx.Address);
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task ReloadLexicon_ThroughNginxReachesOneInstance_EachOwnPortReachesThatInstance()
    {
        const string reload = "/contentreview.v1.ContentReviewService/ReloadLexicon";
        using var client = Client();
        var ports = new Dictionary<string, int> { ["instance-a"] = nginx.InstanceA.GrpcPort, ["instance-b"] = nginx.InstanceB.GrpcPort };

        // Through nginx: one instance answers, and says which (the documented reason to reload each instance directly).
        var proxied = (await client.CallAsync(reload, new ReloadLexiconRequest())).Message(ReloadLexiconResponse.Parser);
        Assert.Contains(proxied.Instance, ports.Keys);
        Assert.Equal($"127.0.0.1:{ports[proxied.Instance]}", proxied.LocalAddress);

        // The documented procedure: the admin call on each instance's own port.
        foreach (var (instance, host) in new[] { ("instance-a", nginx.InstanceA), ("instance-b", nginx.InstanceB) })
        {
            using var direct = host.CreateClient();
            var answer = (await direct.CallAsync(reload, new ReloadLexiconRequest())).Message(ReloadLexiconResponse.Parser);
            Assert.Equal(instance, answer.Instance);
            Assert.Equal($"127.0.0.1:{host.GrpcPort}", answer.LocalAddress);
        }
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task CallsThroughNginx_ReachBothInstances()
    {
        using var client = Client();
        var served = new HashSet<string>();
        for (int i = 0; i < 20; i++)
        {
            var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部，实例标记" });
            Assert.True(result.StatusCode == 0, $"{result}\n{nginx.ErrorLog()}");
            var response = result.Message(ReviewResponse.Parser);
            Assert.Equal("agency-2018-guotuziyuanbu", response.Findings[0].RuleId);
            served.Add(response.Findings.Single(f => f.RuleId.StartsWith("instance-", StringComparison.Ordinal)).RuleId);
        }

        Assert.Equal(["instance-a", "instance-b"], served.Order(StringComparer.Ordinal));
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task ConcurrentCallsThroughNginx_AllSucceed()
    {
        using var client = Client();
        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "实例标记", RequestId = $"c{i}" })));

        Assert.All(results, r => Assert.Equal(0, r.StatusCode));
        Assert.Equal(2, results.Select(r => r.Message(ReviewResponse.Parser).Findings.Single().RuleId).Distinct().Count());
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task ErrorsWithDetails_PassThroughNginx()
    {
        using var client = Client();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "", RequestId = "x" });

        Assert.Equal(3, result.StatusCode);
        Assert.Equal("text", result.BadRequest!.FieldViolations.Single().Field);
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task UnknownMethod_UnimplementedThroughNginx()
    {
        using var client = Client();
        var result = await client.CallAsync("/contentreview.v1.ContentReviewService/Nope", new ReviewRequest { Text = "x" });

        Assert.Equal(12, result.StatusCode);
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task StreamingBatch_ThroughNginx()
    {
        using var client = Client();
        var requests = Enumerable.Range(0, 30).Select(i => new ReviewRequest { Text = "国土资源部", RequestId = $"s{i}" });
        var result = await client.CallAsync(GrpcTransportTests.ReviewBatch, requests);

        Assert.Equal(0, result.StatusCode);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"s{i}"), result.AllMessages(ReviewResponse.Parser).Select(r => r.RequestId));
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task Deadline_PassesThroughNginx()
    {
        using var client = Client();
        var result = await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "国土资源部" }, new Dictionary<string, string> { ["grpc-timeout"] = "1n" });

        Assert.Equal(4, result.StatusCode);
    }

    [RequiresToolFact(ToolCheck.Nginx)]
    public async Task HealthCheck_ThroughNginx()
    {
        using var client = Client();
        var result = await client.CallAsync(GrpcTransportTests.HealthCheck, new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, result.Message(HealthCheckResponse.Parser).Status);
    }
}
