using ContentReview.Lexicons;
using ContentReview.Segmentation;

namespace ContentReview.Checks.Typo;

/// <summary>A name or set formulation that must be written exactly (中华人民共和国, 习近平新时代中国特色社会主义思想).</summary>
/// <param name="Text">The term.</param>
/// <param name="Source">The public document that fixes its wording.</param>
public sealed record ProtectedTerm(string Text, string Source)
{
    /// <summary>The shortest term the check accepts: one edit of a two-character name matches too much ordinary text.</summary>
    public const int MinLength = 3;

    private static readonly Lazy<IReadOnlyList<ProtectedTerm>> s_builtIn = new(() =>
    {
        using StreamReader reader = EmbeddedData.OpenText(EmbeddedData.ProtectedTerms);
        return Parse(reader, "lexicons/typo/protected-terms.txt");
    });

    /// <summary>The built-in list (lexicons/typo/protected-terms.txt): state and party names, key formulations, leaders' names.</summary>
    public static IReadOnlyList<ProtectedTerm> BuiltIn => s_builtIn.Value;

    /// <summary>
    /// Parses a protected-term list: UTF-8 lines; <c>#</c> starts a comment; <c>[source] TEXT</c> sets the source of the
    /// terms that follow; any other non-blank line is one term of at least <see cref="MinLength"/> characters.
    /// </summary>
    /// <param name="reader">The list.</param>
    /// <param name="fileName">The file name for error messages.</param>
    /// <exception cref="LexiconFormatException">A term comes before any source, is too short, contains spaces, or is listed twice.</exception>
    public static IReadOnlyList<ProtectedTerm> Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var terms = new List<ProtectedTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? source = null;
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("[source]", StringComparison.Ordinal))
            {
                source = line["[source]".Length..].Trim();
                if (source.Length == 0)
                {
                    throw new LexiconFormatException(fileName, lineNo, null, "[source] needs a text");
                }

                continue;
            }

            if (source is null)
            {
                throw new LexiconFormatException(fileName, lineNo, null, $"the term '{line}' comes before any [source] line");
            }

            if (line.Length < MinLength || line.Any(char.IsWhiteSpace))
            {
                throw new LexiconFormatException(fileName, lineNo, null, $"a protected term has at least {MinLength} characters and no spaces: '{line}'");
            }

            if (!seen.Add(line))
            {
                throw new LexiconFormatException(fileName, lineNo, null, $"the term '{line}' is listed twice");
            }

            terms.Add(new ProtectedTerm(line, source));
        }

        return terms;
    }
}
