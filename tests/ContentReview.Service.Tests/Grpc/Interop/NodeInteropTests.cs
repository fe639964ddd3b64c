namespace ContentReview.Service.Tests.Grpc.Interop;

/// <summary>
/// Interop with a real third-party client: @grpc/grpc-js with @grpc/proto-loader loading proto/ at run time
/// (tests/interop/node/interop_client.js; packages from the committed package-lock.json, installed by
/// tests/install-test-deps.sh). One test per scenario.
/// </summary>
public sealed class NodeInteropTests(InteropHostsFixture hosts) : IClassFixture<InteropHostsFixture>
{
    private static readonly string Client = Path.Combine(ExternalProcess.RepoRoot, "tests", "interop", "node", "interop_client.js");

    [RequiresToolTheory(ToolCheck.NodeGrpc)]
    [MemberData(nameof(InteropHostsFixture.Scenarios), MemberType = typeof(InteropHostsFixture))]
    public async Task Node_Scenario(string scenario) => await RunAsync(hosts.Open, scenario, null);

    [RequiresToolFact(ToolCheck.NodeGrpc)]
    public async Task Node_Auth() => await RunAsync(hosts.Keyed, "auth", InteropHostsFixture.BothKeys);

    private static async Task RunAsync(GrpcTestHost host, string scenario, IDictionary<string, string>? environment)
    {
        var result = await ExternalProcess.RunAsync(
            ExternalProcess.Which("node")!,
            [Client, "--target", $"127.0.0.1:{host.GrpcPort}", scenario],
            TimeSpan.FromMinutes(1),
            environment);

        Assert.True(result.ExitCode == 0, $"node scenario '{scenario}' failed: {result}");
        Assert.Contains("PASS " + scenario, result.StandardOutput, StringComparison.Ordinal);
    }
}
