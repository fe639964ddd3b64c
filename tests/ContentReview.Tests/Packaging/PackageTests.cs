using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace ContentReview.Tests.Packaging;

/// <summary>
/// Packs the library, checks what the package holds, and builds and runs a small consumer project against it, the way a
/// .NET developer would use it. Slow (a pack and two restores and builds): tagged Category=Slow, but part of the normal run.
/// </summary>
[Trait("Category", "Slow")]
public class PackageTests
{
    [Fact]
    public void Pack_ConsumerProject_ReviewsASentence()
    {
        var work = Directory.CreateTempSubdirectory("cr-pack-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            // A unique version, so no cached copy of an earlier pack can stand in for this one.
            var version = $"0.0.0-packtest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
            Run(RepoRoot(), "dotnet", "pack", Path.Combine(RepoRoot(), "src", "ContentReview"), "-c", "Release", "-o", feed,
                $"-p:Version={version}", "--nologo");

            var nupkg = Path.Combine(feed, $"ContentReview.{version}.nupkg");
            Assert.True(File.Exists(nupkg), $"{nupkg} was not produced");
            CheckPackageContents(nupkg);

            var consumer = Path.Combine(work.FullName, "consumer");
            Directory.CreateDirectory(consumer);

            // Adds the local feed to the sources already configured (the default source serves YamlDotNet); restores into
            // a private folder, falling back to the machine's package cache for what it already holds.
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="contentreview-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net8.0</TargetFramework>
                    <RollForward>Major</RollForward>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RestorePackagesPath>{Path.Combine(work.FullName, "packages")}</RestorePackagesPath>
                    <RestoreAdditionalProjectFallbackFolders>{globalPackages}</RestoreAdditionalProjectFallbackFolders>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ContentReview" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using ContentReview;

                var reviewer = ContentReviewer.CreateDefault();
                var result = reviewer.Review("国土资源部印发通知。");
                Console.WriteLine($"rules={reviewer.Lexicon.Rules.Count}");
                Console.WriteLine($"version={result.LexiconVersion}");
                foreach (var f in result.Findings)
                {
                    Console.WriteLine($"finding={f.Start}+{f.Length}|{f.RuleId}|{string.Join("/", f.Suggestions)}");
                }
                """);

            var output = Run(consumer, "dotnet", "run", "-c", "Release", "--nologo");
            Assert.Contains("finding=0+5|", output, StringComparison.Ordinal);
            Assert.Contains("自然资源部", output, StringComparison.Ordinal);
            var rules = int.Parse(output.Split('\n').Single(l => l.StartsWith("rules=", StringComparison.Ordinal))["rules=".Length..].Trim(),
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(rules >= 800, $"the packaged built-in lexicon has only {rules} rules");
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the system.
            }
        }
    }

    private static void CheckPackageContents(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/ContentReview.dll", names);
            Assert.Contains($"lib/{tfm}/ContentReview.xml", names);
        }

        Assert.Contains("README.md", names);
        Assert.Contains("THIRD-PARTY-NOTICES.txt", names);

        // The rule files travel inside the assembly, compressed, not as loose files.
        Assert.DoesNotContain(names, n => n.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Contains(metadata.Descendants(ns + "dependency"), d => (string?)d.Attribute("id") == "YamlDotNet");

        using var notices = new StreamReader(zip.GetEntry("THIRD-PARTY-NOTICES.txt")!.Open());
        var text = notices.ReadToEnd();
        Assert.Contains("jieba", text, StringComparison.Ordinal);
        Assert.Contains("Apache License, Version 2.0", text, StringComparison.Ordinal);
        Assert.Contains("Unicode", text, StringComparison.Ordinal);
    }

    private static string RepoRoot() => RepoPaths.Root;

    private static string Run(string workingDirectory, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} timed out");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output}");
        return stdout.Result;
    }
}
