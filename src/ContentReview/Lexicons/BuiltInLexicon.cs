using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace ContentReview.Lexicons;

/// <summary>
/// The built-in lexicon: every lexicons/rules/*.yaml, gzip-compressed into the assembly at build time (see the
/// <c>CompressLexicons</c> target in ContentReview.csproj). Parsed and validated once per process, on first use; the
/// parsed files are immutable and shared by every reviewer built afterwards, so building a second reviewer costs only
/// composing and compiling the rules.
/// </summary>
internal static class BuiltInLexicon
{
    /// <summary>Prefix of the manifest resource names of the rule files; the rest is the file name plus ".gz".</summary>
    internal const string ResourcePrefix = "ContentReview.Lexicons.Rules.";

    private static readonly Lazy<IReadOnlyList<RuleFile>> Files = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The parsed built-in rule files, in file-name order.</summary>
    /// <exception cref="LexiconFormatException">A built-in file is malformed (a build of this library that should never ship).</exception>
    public static IReadOnlyList<RuleFile> Get() => Files.Value;

    /// <summary>The names of the embedded rule files, in load order.</summary>
    public static IEnumerable<string> ResourceNames() =>
        typeof(BuiltInLexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads and parses the embedded rule files without the per-process cache (for the build benchmark).</summary>
    internal static IReadOnlyList<RuleFile> Load()
    {
        // Serial: with the subset reader (RuleFileParser.ParseBuiltIn) the whole lexicon parses in tens of milliseconds,
        // and a parallel loop cost more CPU in a fresh process (thread-pool start, two threads jitting the same code)
        // than it saved in wall time. Errors are reported for the first bad file in load order.
        var assembly = typeof(BuiltInLexicon).Assembly;
        var resources = ResourceNames().ToArray();
        var files = new RuleFile?[resources.Length];
        var errors = new Exception?[resources.Length];
        for (int i = 0; i < resources.Length; i++)
        {
            try
            {
                var name = "lexicons/rules/" + resources[i][ResourcePrefix.Length..^".gz".Length];
                using var stream = assembly.GetManifestResourceStream(resources[i])
                    ?? throw new InvalidOperationException($"Embedded lexicon resource '{resources[i]}' is missing.");
                using var gzip = new GZipStream(stream, CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, Encoding.UTF8);
                files[i] = RuleFileParser.ParseBuiltIn(name, reader.ReadToEnd());
            }
            catch (Exception e) when (e is LexiconFormatException or InvalidOperationException or IOException or InvalidDataException)
            {
                errors[i] = e;
            }
        }

        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return files!;
    }
}
