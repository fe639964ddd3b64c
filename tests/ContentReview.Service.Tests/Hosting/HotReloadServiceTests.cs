using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentReview.Service.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentReview.Service.Tests.Hosting;

/// <summary>Hot reload through the running service: file watcher, admin call, calls in flight.</summary>
public sealed class HotReloadServiceTests
{
    private static readonly Dictionary<string, string?> Watching = new() { ["ContentReview:WatchLexiconDirectories"] = "true" };

    [Fact]
    public async Task Watcher_RuleFileChanged_ReloadsInBackground()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder, Watching);
        using var client = service.CreateClient();
        string v1 = await LexiconVersionAsync(client);

        folder.Write("agency.yaml", TestRules.AgencyV2);
        string v2 = await WaitForVersionChangeAsync(client, v1);

        Assert.NotEqual(v1, v2);
        var review = await ReviewAsync(client, "文化部发文");
        Assert.Equal(v2, review.GetProperty("lexiconVersion").GetString());
        Assert.Equal("agency-2018-wenhuabu", review.GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Watcher_BurstOfChanges_ReloadsOnce()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder,
            new Dictionary<string, string?>(Watching) { ["ContentReview:ReloadDebounce"] = "00:00:00.800" });
        using var client = service.CreateClient();
        var provider = service.Services.GetRequiredService<IReviewerProvider>();
        string v1 = provider.Current.Version;

        for (int i = 0; i < 5; i++)
        {
            folder.Write("agency.yaml", TestRules.AgencyV2 + $"\n# edit {i}\n");
        }

        await WaitForVersionChangeAsync(client, v1);
        await Task.Delay(1500); // any second reload would have happened by now

        Assert.Equal(1, provider.Current.Generation);
    }

    [Fact]
    public async Task Watcher_BrokenRuleFile_IsRefused_OldVersionKeepsServing_AndHealthShowsError()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder, Watching);
        using var client = service.CreateClient();
        string v1 = await LexiconVersionAsync(client);

        folder.Write("broken.yaml", TestRules.Broken);
        var health = await WaitForAsync(async () =>
        {
            var h = await client.GetFromJsonAsync<JsonElement>("/healthz");
            return (h.GetProperty("lastReloadError").ValueKind == JsonValueKind.String, h);
        });

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(v1, health.GetProperty("lexiconVersion").GetString());
        Assert.Matches(@"broken\.yaml:\d+", health.GetProperty("lastReloadError").GetString());
        var review = await ReviewAsync(client, "国土资源部");
        Assert.Equal(v1, review.GetProperty("lexiconVersion").GetString());
        Assert.Equal(1, review.GetProperty("findings").GetArrayLength());
        Assert.Contains(service.Logs.Entries,
            e => e.Level == LogLevel.Error && e.Message.Contains("broken.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminReload_SwapsVersion_AndRefusesBrokenLexiconWith422()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder,
            new Dictionary<string, string?> { ["ContentReview:WatchLexiconDirectories"] = "false" });
        using var client = service.CreateClient();
        string v1 = await LexiconVersionAsync(client);

        folder.Write("agency.yaml", TestRules.AgencyV2);
        var ok = await client.PostAsync("/api/admin/reload", null);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(v1, body.GetProperty("previousVersion").GetString());
        Assert.Equal(1, body.GetProperty("generation").GetInt64());
        // Which instance answered (default name: host:pid); an in-memory test host has no local address.
        Assert.Equal($"{Environment.MachineName}:{Environment.ProcessId}", body.GetProperty("instance").GetString());
        Assert.Equal("", body.GetProperty("localAddress").GetString());
        string v2 = body.GetProperty("lexiconVersion").GetString()!;
        Assert.NotEqual(v1, v2);
        Assert.Equal(v2, await LexiconVersionAsync(client));

        folder.Write("broken.yaml", TestRules.Broken);
        var refused = await client.PostAsync("/api/admin/reload", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"broken\.yaml:\d+", problem.GetProperty("detail").GetString());
        Assert.Equal(v2, problem.GetProperty("lexiconVersion").GetString());
        Assert.Equal(v2, await LexiconVersionAsync(client));
    }

    [Fact]
    public async Task InFlightCall_FinishesOnTheVersionItStartedWith()
    {
        using var folder = TestRules.Standard();
        var gate = new GateCheck();
        await using var service = new TestService(folder,
            new Dictionary<string, string?> { ["ContentReview:WatchLexiconDirectories"] = "false" },
            services => services.AddSingleton<IConfigureReviewer>(gate));
        using var client = service.CreateClient();
        string v1 = await LexiconVersionAsync(client);

        // A call on v1 is held inside the review while v2 (which knows 文化部) is swapped in.
        var slow = ReviewAsync(client, "文化部发文" + GateCheck.Marker);
        await gate.WaitEnteredAsync();
        folder.Write("agency.yaml", TestRules.AgencyV2);
        var reload = await client.PostAsync("/api/admin/reload", null);
        reload.EnsureSuccessStatusCode();
        string v2 = await LexiconVersionAsync(client);
        Assert.NotEqual(v1, v2);
        var fresh = await ReviewAsync(client, "文化部发文");
        gate.Release();
        var held = await slow;

        Assert.Equal(v1, held.GetProperty("lexiconVersion").GetString());
        Assert.Equal(0, held.GetProperty("findings").GetArrayLength());
        Assert.Equal(v2, fresh.GetProperty("lexiconVersion").GetString());
        Assert.Equal(1, fresh.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Start_BrokenLexicon_HostDoesNotStart_AndLogsFileAndLine()
    {
        using var folder = TestRules.Folder(("broken.yaml", TestRules.Broken));
        await using var service = new TestService(folder);

        var ex = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        Assert.Contains("broken.yaml:", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains(service.Logs.Entries,
            e => e.Level == LogLevel.Critical && e.Message.Contains("broken.yaml:", StringComparison.Ordinal));
    }

    internal static async Task<string> LexiconVersionAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/lexicon")).GetProperty("version").GetString()!;

    internal static async Task<JsonElement> ReviewAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/review", new { text });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<string> WaitForVersionChangeAsync(HttpClient client, string old) => WaitForAsync(async () =>
    {
        string version = await LexiconVersionAsync(client);
        return (version != old, version);
    });

    internal static async Task<T> WaitForAsync<T>(Func<Task<(bool Done, T Value)>> probe)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var (done, value) = await probe();
            if (done)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true within 20 s.");
            }

            await Task.Delay(50);
        }
    }
}
