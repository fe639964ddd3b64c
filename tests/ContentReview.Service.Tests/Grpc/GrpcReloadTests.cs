using ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>ReloadLexicon over gRPC: a good change goes into service, a bad one is refused and the old version serves on.</summary>
public sealed class GrpcReloadTests
{
    private const string Reload = "/contentreview.v1.ContentReviewService/ReloadLexicon";

    [Fact]
    public async Task ReloadLexicon_GoodThenBadChange()
    {
        await using var host = await GrpcTestHost.StartAsync(new Dictionary<string, string?> { ["ContentReview:InstanceName"] = "review-a" });
        using var client = host.CreateClient();
        string before = (await client.CallAsync(GrpcTransportTests.GetLexiconInfo, new GetLexiconInfoRequest())).Message(GetLexiconInfoResponse.Parser).Version;

        File.WriteAllText(Path.Combine(host.LexiconDirectory, "extra.yaml"), """
            category: sensitive
            rules:
              - id: sensitive-test-word
                severity: warning
                patterns: [测试敏感词]
                message: 测试。
                source: 测试
            """);
        var good = await client.CallAsync(Reload, new ReloadLexiconRequest());
        Assert.Equal(0, good.StatusCode);
        var reloaded = good.Message(ReloadLexiconResponse.Parser);
        Assert.Equal(before, reloaded.PreviousVersion);
        Assert.NotEqual(before, reloaded.LexiconVersion);
        // The response says which instance reloaded, and on which of its ports the call arrived.
        Assert.Equal("review-a", reloaded.Instance);
        Assert.Equal($"127.0.0.1:{host.GrpcPort}", reloaded.LocalAddress);
        Assert.Equal(1, reloaded.Generation);
        var review = (await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "有测试敏感词" })).Message(ReviewResponse.Parser);
        Assert.Equal(reloaded.LexiconVersion, review.LexiconVersion);
        Assert.Equal("sensitive-test-word", review.Findings.Single().RuleId);

        File.WriteAllText(Path.Combine(host.LexiconDirectory, "broken.yaml"), "category: typo\nrules:\n  - id: Bad Id\n    severity: loud\n");
        var bad = await client.CallAsync(Reload, new ReloadLexiconRequest());
        Assert.Equal(9, bad.StatusCode);
        Assert.Contains("broken.yaml", bad.StatusMessage, StringComparison.Ordinal);
        Assert.Contains(reloaded.LexiconVersion, bad.StatusMessage, StringComparison.Ordinal);
        var still = (await client.CallAsync(GrpcTransportTests.Review, new ReviewRequest { Text = "有测试敏感词" })).Message(ReviewResponse.Parser);
        Assert.Equal(reloaded.LexiconVersion, still.LexiconVersion);
    }
}
