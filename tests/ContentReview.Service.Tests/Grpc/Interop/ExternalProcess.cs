using System.Diagnostics;
using System.Text;

namespace ContentReview.Service.Tests.Grpc.Interop;

/// <summary>Runs third-party tools (python3, node, protoc, nginx, h2load) as processes, bounded in time.</summary>
public static class ExternalProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
    }

    /// <summary>The repository root (the folder holding ContentReview.sln), found from the test binaries.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoRoot,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Loopback traffic must never go through a proxy the environment may name.
        foreach (var name in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "grpc_proxy", "all_proxy", "ALL_PROXY" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["no_proxy"] = "127.0.0.1,localhost";
        info.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(-1, await stdout, await stderr + $"\n(killed after {timeout.TotalSeconds:0} s)");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? Which(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Concat(["/usr/sbin", "/usr/bin"]))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContentReview.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A fact that is skipped, with the reason, when a third-party tool it needs is missing. tests/install-test-deps.sh
/// installs every one of them (the README's test command runs it), so in CI these tests run.
/// </summary>
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(string tool)
    {
        if (ToolCheck.Missing(tool) is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The theory form of <see cref="RequiresToolFactAttribute"/>.</summary>
public sealed class RequiresToolTheoryAttribute : TheoryAttribute
{
    public RequiresToolTheoryAttribute(string tool)
    {
        if (ToolCheck.Missing(tool) is { } reason)
        {
            Skip = reason;
        }
    }
}

internal static class ToolCheck
{
    public const string PythonGrpc = "python-grpc";
    public const string NodeGrpc = "node-grpc";
    public const string Nginx = "nginx";
    public const string H2load = "h2load";

    public static string? Missing(string tool) => tool switch
    {
        PythonGrpc => PythonGrpcMissing.Value,
        NodeGrpc => NodeGrpcMissing.Value,
        Nginx => ExternalProcess.Which("nginx") is null ? "nginx is not installed (Debian package nginx; run tests/install-test-deps.sh)" : null,
        H2load => ExternalProcess.Which("h2load") is null ? "h2load is not installed (Debian package nghttp2-client; run tests/install-test-deps.sh)" : null,
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "unknown tool"),
    };

    /// <summary>Debian's python3 (with python3-grpcio), not whatever python3 comes first on PATH.</summary>
    public const string DebianPython = "/usr/bin/python3";

    private static readonly Lazy<string?> PythonGrpcMissing = new(() =>
    {
        if (!File.Exists(DebianPython))
        {
            return $"{DebianPython} is missing (Debian package python3; run tests/install-test-deps.sh)";
        }

        foreach (var tool in new[] { "protoc", "grpc_python_plugin" })
        {
            if (ExternalProcess.Which(tool) is null)
            {
                return $"{tool} is not installed (Debian packages protobuf-compiler, protobuf-compiler-grpc; run tests/install-test-deps.sh)";
            }
        }

        var probe = ExternalProcess.RunAsync(DebianPython, ["-c", "import grpc, google.protobuf"], TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        return probe.ExitCode == 0 ? null : "python3-grpcio is not installed for /usr/bin/python3 (Debian package python3-grpcio; run tests/install-test-deps.sh)";
    });

    private static readonly Lazy<string?> NodeGrpcMissing = new(() =>
    {
        if (ExternalProcess.Which("node") is null)
        {
            return "node is not installed (run tests/install-test-deps.sh)";
        }

        string modules = Path.Combine(ExternalProcess.RepoRoot, "tests", "interop", "node", "node_modules", "@grpc");
        return Directory.Exists(Path.Combine(modules, "grpc-js")) && Directory.Exists(Path.Combine(modules, "proto-loader"))
            ? null
            : "@grpc/grpc-js and @grpc/proto-loader are not installed in tests/interop/node (run tests/install-test-deps.sh, which runs npm ci there)";
    });
}
