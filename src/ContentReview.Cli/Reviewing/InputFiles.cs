using System.Text;

namespace ContentReview.Cli.Reviewing;

/// <summary>One thing to review: a file or standard input.</summary>
/// <param name="Name">The name shown in output: the path as found, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Path">The file path, or <c>null</c> for standard input.</param>
internal sealed record InputItem(string Name, string? Path)
{
    public const string StdinName = "<stdin>";

    public bool IsStdin => Path is null;

    /// <summary>HTML for .html and .htm files; plain text otherwise (.txt, .md, stdin).</summary>
    public ContentType GuessContentType() =>
        Path is not null && InputFiles.HtmlExtensions.Contains(System.IO.Path.GetExtension(Path))
            ? ContentType.Html
            : ContentType.PlainText;
}

/// <summary>Finds the files to review and reads them.</summary>
internal static class InputFiles
{
    /// <summary>The extensions reviewed when walking a folder.</summary>
    public static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".md" };

    public static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };

    static InputFiles()
    {
        // GBK/GB18030 drafts are common; the code-page encodings ship with .NET but must be registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Expands the arguments: "-" is standard input, a file is itself (whatever its extension: the user named it), a
    /// folder is every .txt/.html/.htm/.md file under it, recursively, hidden entries skipped, in ordinal order of the
    /// relative path so the output is the same on every machine.
    /// </summary>
    /// <exception cref="CliUsageException">A path does not exist, or a folder holds nothing to review.</exception>
    public static IReadOnlyList<InputItem> Collect(IReadOnlyList<string> arguments)
    {
        var items = new List<InputItem>();
        var stdinSeen = false;
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (stdinSeen)
                {
                    throw new CliUsageException("'-' (standard input) given more than once");
                }

                stdinSeen = true;
                items.Add(new InputItem(InputItem.StdinName, null));
            }
            else if (File.Exists(argument))
            {
                items.Add(new InputItem(argument, argument));
            }
            else if (Directory.Exists(argument))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false };
                var found = Directory.EnumerateFiles(argument, "*", options)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)))
                    .Select(f => (Relative: Path.GetRelativePath(argument, f).Replace('\\', '/'), Full: f))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new CliUsageException($"{argument}: no .txt, .html, .htm or .md files in this folder");
                }

                items.AddRange(found.Select(f => new InputItem(f.Full, f.Full)));
            }
            else if (argument.Length > 1 && argument[0] == '-')
            {
                throw new CliUsageException($"{argument}: unknown option (see --help)");
            }
            else
            {
                throw new CliUsageException($"{argument}: no such file or folder");
            }
        }

        return items;
    }

    /// <summary>
    /// Resolves an <c>--encoding</c> name. UTF-8 is strict: a file that is not valid UTF-8 is an error that suggests
    /// <c>--encoding gb18030</c>, never a silent mis-decoding (a mangled agency name would then go unflagged).
    /// </summary>
    public static Encoding ResolveEncoding(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new CliUsageException($"--encoding {name}: unknown encoding (try utf-8, gb18030, gbk, big5, utf-16)");
        }
    }

    /// <summary>Reads a file; a byte-order mark overrides <paramref name="encoding"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not valid in the encoding.</exception>
    public static string ReadFile(string path, Encoding encoding)
    {
        var bytes = File.ReadAllBytes(path);
        var (bomEncoding, bomLength) = DetectBom(bytes);
        var effective = bomEncoding ?? encoding;
        try
        {
            return effective.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException e)
        {
            var hint = effective is UTF8Encoding ? "; if it is GBK/GB18030, pass --encoding gb18030" : "";
            throw new InvalidDataException(
                $"not valid {effective.WebName}{(e.Index >= 0 ? $" (byte {e.Index + bomLength})" : "")}{hint}", e);
        }
    }

    private static (Encoding? Encoding, int Length) DetectBom(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (new UTF8Encoding(false, true), 3);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }
}
