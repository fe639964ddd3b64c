using ContentReview.Service.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Tests.Hosting;

public sealed class LoggingOptionsTests
{
    [Fact]
    public async Task LogFormatJson_SelectsTheJsonConsoleFormatterWithScopes()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder, new Dictionary<string, string?> { ["ContentReview:LogFormat"] = "json" });
        using var client = service.CreateClient();

        var console = service.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = service.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }

    [Fact]
    public async Task LogFormat_Unknown_FailsAtStartWithTheSettingNamed()
    {
        using var folder = TestRules.Standard();
        await using var service = new TestService(folder, new Dictionary<string, string?> { ["ContentReview:LogFormat"] = "xml" });

        var ex = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        Assert.Contains("ContentReview:LogFormat", ex.ToString(), StringComparison.Ordinal);
    }
}
