using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ContentReview.Checks;
using ContentReview.Service.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentReview.Service.Tests.Hosting;

/// <summary>A folder of rule files for one test, deleted afterwards.</summary>
public sealed class LexiconFolder : IDisposable
{
    public LexiconFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cr-service-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a rule file in one step (write to a temp name, then rename), as deployment tools should.</summary>
    public void Write(string name, string yaml)
    {
        string temp = System.IO.Path.Combine(Path, "." + name + ".tmp");
        File.WriteAllText(temp, yaml);
        File.Move(temp, System.IO.Path.Combine(Path, name), overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Rule files the service tests use: small, with every severity and several categories.</summary>
public static class TestRules
{
    public const string Agency = """
        category: agency-name
        rules:
          - id: agency-2018-guotuziyuanbu
            severity: error
            patterns: [国土资源部]
            suggestions: [自然资源部]
            message: 2018年国务院机构改革组建自然资源部，不再保留国土资源部。
            source: 《国务院机构改革方案》，2018年3月17日
            not-preceded-by: [原, 前]
          - id: agency-2018-nongyebu
            severity: error
            patterns: [农业部]
            suggestions: [农业农村部]
            message: 2018年国务院机构改革组建农业农村部，不再保留农业部。
            source: 《国务院机构改革方案》，2018年3月17日
            not-followed-by: [门]
        """;

    public const string Political = """
        category: political-term
        rules:
          - id: political-jiandang-100-nian
            severity: warning
            patterns: [建党100年]
            suggestions: [建党100周年]
            message: 应表述为“建党100周年”。
            source: 新华社新闻信息报道中的禁用词和慎用词
        """;

    public const string Confusable = """
        category: confusable
        rules:
          - id: confusable-jiezhi-dao
            severity: info
            patterns: [截止到]
            suggestions: [截至]
            message: 表示“到某时为止”时宜用“截至”。
            source: 《现代汉语词典》第7版
        """;

    public const string Secret = """
        category: secret
        rules:
          - id: secret-neibu-ziliao
            severity: error
            patterns: [内部资料]
            suggestions: []
            message: 稿件含有“内部资料”标识，不得公开发布，请核实。
            source: 《中华人民共和国保守国家秘密法》
        """;

    /// <summary>A second version of the agency file: one more rule.</summary>
    public const string AgencyV2 = Agency + """

          - id: agency-2018-wenhuabu
            severity: error
            patterns: [文化部]
            suggestions: [文化和旅游部]
            message: 2018年国务院机构改革组建文化和旅游部，不再保留文化部。
            source: 《国务院机构改革方案》，2018年3月17日
            not-followed-by: [门]
        """;

    /// <summary>A broken file: the rule has no severity (line 3 names the rule).</summary>
    public const string Broken = """
        category: typo
        rules:
          - id: typo-broken
            patterns: [既使]
            message: 缺少严重程度。
            source: 测试
        """;

    public static LexiconFolder Folder(params (string Name, string Yaml)[] files)
    {
        var folder = new LexiconFolder();
        foreach (var (name, yaml) in files)
        {
            folder.Write(name, yaml);
        }

        return folder;
    }

    public static LexiconFolder Standard() => Folder(
        ("agency.yaml", Agency), ("political.yaml", Political), ("confusable.yaml", Confusable), ("secret.yaml", Secret));
}

/// <summary>
/// A check that blocks any review whose text contains <see cref="Marker"/> until released: lets tests hold a call in
/// flight while they reload or shut down.
/// </summary>
public sealed class GateCheck : IReviewCheck, IConfigureReviewer
{
    public const string Marker = "【等待】";
    private readonly SemaphoreSlim _entered = new(0);
    private readonly ManualResetEventSlim _release = new(false);

    public string Name => "test-gate";

    public IReadOnlyCollection<string> Categories { get; } = ["test-gate"];

    public void Configure(ContentReviewerBuilder builder) => builder.AddCheck(this);

    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        if (context.Text.Contains(Marker, StringComparison.Ordinal))
        {
            _entered.Release();
            if (!_release.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException("The gate was never released.");
            }
        }
    }

    public Task WaitEnteredAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(t =>
    {
        if (!t.Result)
        {
            throw new TimeoutException("No call reached the gate.");
        }
    }, TaskScheduler.Default);

    public void Release() => _release.Set();
}

/// <summary>Collects log entries for assertions.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Entries.Enqueue((logLevel, category, formatter(state, exception)));
            }
        }
    }
}

/// <summary>
/// The real service (Program.cs) on the test lexicon: in memory by default, or on a real loopback socket after
/// <see cref="StartOnSocket"/>.
/// </summary>
public sealed class TestService : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public TestService(LexiconFolder folder, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Folder = folder;
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ContentReview:UseBuiltInLexicon"] = "false",
            ["ContentReview:LexiconDirectories:0"] = folder.Path,
            ["ContentReview:ReloadDebounce"] = "00:00:00.150",
            // Only the hot-reload tests watch folders (they turn it on): fewer inotify instances under parallel tests.
            ["ContentReview:WatchLexiconDirectories"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public LexiconFolder Folder { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The page's address once started on a socket.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>Starts Kestrel on a free loopback port (the gRPC endpoint on another).</summary>
    public Uri StartOnSocket()
    {
        int port = FreePort();
        _settings["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{port}";
        _settings["Kestrel:Endpoints:Http:Protocols"] = "Http1AndHttp2";
        _settings["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0";
        UseKestrel();
        StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        return BaseAddress;
    }

    public HttpClient CreateSocketClient() =>
        new() { BaseAddress = BaseAddress ?? throw new InvalidOperationException("Not started on a socket.") };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
