namespace ContentReview.Service.Tests.Grpc.Interop;

/// <summary>A host without keys, a host with keys, and Python stubs generated once with protoc + grpc_python_plugin.</summary>
public sealed class InteropHostsFixture : IAsyncLifetime
{
    public const string ReviewKey = "interop-review-key-0123456789";
    public const string AdminKey = "interop-admin-key-0123456789";

    /// <summary>The scenarios every client runs against the open host (each client script implements all of them).</summary>
    public static TheoryData<string> Scenarios => ["unary", "offsets", "batch", "server-stream", "errors", "deadline", "gzip", "health", "lexicon"];

    /// <summary>The environment that gives a client script both keys of the keyed host.</summary>
    public static Dictionary<string, string> BothKeys => new()
    {
        ["CR_REVIEW_KEY"] = ReviewKey,
        ["CR_ADMIN_KEY"] = AdminKey,
    };

    public GrpcTestHost Open { get; private set; } = null!;

    public GrpcTestHost Keyed { get; private set; } = null!;

    public string StubsDirectory { get; } = Path.Combine(Path.GetTempPath(), "cr-pystubs-" + Guid.NewGuid().ToString("N")[..12]);

    public async Task InitializeAsync()
    {
        Open = await GrpcTestHost.StartAsync();
        Keyed = await GrpcTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["ContentReview:ApiKeys:0:Id"] = "cms",
            ["ContentReview:ApiKeys:0:Key"] = ReviewKey,
            ["ContentReview:ApiKeys:1:Id"] = "ops",
            ["ContentReview:ApiKeys:1:Key"] = AdminKey,
            ["ContentReview:ApiKeys:1:Roles:0"] = "admin",
        });
    }

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await Keyed.DisposeAsync();
        if (Directory.Exists(StubsDirectory))
        {
            Directory.Delete(StubsDirectory, recursive: true);
        }
    }
}

/// <summary>
/// Interop with a real third-party client: Debian's python3-grpcio, with stubs generated at test time from proto/ by
/// Debian's protoc and grpc_python_plugin (tests/interop/python/interop_client.py). One test per scenario.
/// </summary>
public sealed class PythonInteropTests(InteropHostsFixture hosts) : IClassFixture<InteropHostsFixture>
{
    private static readonly string Client = Path.Combine(ExternalProcess.RepoRoot, "tests", "interop", "python", "interop_client.py");
    private static readonly SemaphoreSlim GenerateOnce = new(1, 1);

    [RequiresToolTheory(ToolCheck.PythonGrpc)]
    [MemberData(nameof(InteropHostsFixture.Scenarios), MemberType = typeof(InteropHostsFixture))]
    public async Task Python_Scenario(string scenario) => await RunAsync(hosts.Open, scenario, null);

    [RequiresToolFact(ToolCheck.PythonGrpc)]
    public async Task Python_Auth() => await RunAsync(hosts.Keyed, "auth", InteropHostsFixture.BothKeys);

    [RequiresToolFact(ToolCheck.PythonGrpc)]
    public async Task Python_UnaryWithKey() => await RunAsync(hosts.Keyed, "unary", new Dictionary<string, string>
    {
        ["CR_REVIEW_KEY"] = InteropHostsFixture.ReviewKey,
    });

    private async Task RunAsync(GrpcTestHost host, string scenario, IDictionary<string, string>? environment)
    {
        await GenerateOnce.WaitAsync();
        try
        {
            var generated = await ExternalProcess.RunAsync(
                ToolCheck.DebianPython, [Client, "--stubs-dir", hosts.StubsDirectory, "--generate-only"], TimeSpan.FromMinutes(1));
            Assert.True(generated.ExitCode == 0, "stub generation failed: " + generated);
        }
        finally
        {
            GenerateOnce.Release();
        }

        var result = await ExternalProcess.RunAsync(
            ToolCheck.DebianPython,
            [Client, "--stubs-dir", hosts.StubsDirectory, "--target", $"127.0.0.1:{host.GrpcPort}", scenario],
            TimeSpan.FromMinutes(1),
            environment);

        Assert.True(result.ExitCode == 0, $"python scenario '{scenario}' failed: {result}");
        Assert.Contains("PASS " + scenario, result.StandardOutput, StringComparison.Ordinal);
    }
}
