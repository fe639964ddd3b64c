namespace ContentReview.Lexicons;

/// <summary>
/// Reads the YAML subset that tests/tools/lexicon/build.py (PyYAML) writes for the built-in rule files into
/// <see cref="RuleNode"/>s, or gives up. It exists for start-up time: the first parse of the built-in lexicon with
/// YamlDotNet cost about 0.5 s of CPU in a fresh process (mostly JIT of YamlDotNet, 0.1 s warm), this reader a few
/// milliseconds. It is used for the embedded files only; every file a deployment adds keeps the full YAML parser.
/// </summary>
/// <remarks>
/// <para>The subset: comment and blank lines; block mappings whose keys are plain words; block sequences (<c>- </c>
/// items, also at the indentation of their parent key); one-line plain scalars, single-quoted scalars; flow sequences
/// of such scalars, possibly over several lines; anchors (<c>&amp;a</c>) and aliases (<c>*a</c>) on values.</para>
/// <para>It returns null — the caller then parses with YamlDotNet — on anything else or anything doubtful (tabs,
/// double quotes, block scalars, flow mappings, tags, multi-line plain scalars, duplicate keys, a plain scalar holding
/// <c>": "</c> or <c>" #"</c>), so it never has to reproduce YAML's error messages and never reads a file differently
/// from YamlDotNet; a test compares the two readers on every built-in file and checks that none falls back.</para>
/// </remarks>
internal sealed class RuleYamlSubsetReader
{
    private readonly List<(int Number, int Indent, string Text)> _lines = [];
    private readonly Dictionary<string, RuleNode> _anchors = new(StringComparer.Ordinal);
    private int _pos;

    private RuleYamlSubsetReader(string text)
    {
        int number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Contains('\t'))
            {
                throw new GiveUpException();
            }

            var content = line.TrimStart(' ');
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            if (number == 1 && content[0] == '\uFEFF')
            {
                throw new GiveUpException();
            }

            _lines.Add((number, line.Length - content.Length, content.ToString()));
        }
    }

    /// <summary>Reads <paramref name="text"/>, or returns null when it is outside the subset (or empty).</summary>
    public static RuleNode? TryRead(string text)
    {
        try
        {
            var reader = new RuleYamlSubsetReader(text);
            if (reader._lines.Count == 0 || reader._lines[0].Indent != 0)
            {
                return null;
            }

            var root = reader.ReadBlock(0);
            return reader._pos == reader._lines.Count ? root : null;
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    private sealed class GiveUpException : Exception
    {
    }

    /// <summary>Reads the block node (mapping or sequence) that starts at the current line, indented by <paramref name="indent"/>.</summary>
    private RuleNode ReadBlock(int indent)
    {
        var (number, lineIndent, text) = _lines[_pos];
        if (lineIndent != indent)
        {
            throw new GiveUpException();
        }

        return text == "-" || text.StartsWith("- ", StringComparison.Ordinal) ? ReadSequence(indent) : ReadMapping(indent, number);
    }

    private RuleNode ReadSequence(int indent)
    {
        int start = _lines[_pos].Number;
        var items = new List<RuleNode>();
        while (_pos < _lines.Count && _lines[_pos].Indent == indent && _lines[_pos].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            // "- rest" reads as "rest" indented two more: either the first key of a mapping or a value.
            var (number, _, text) = _lines[_pos];
            string rest = text[2..].TrimStart(' ');
            int restIndent = indent + (text.Length - rest.Length);
            if (KeyLength(rest) > 0)
            {
                _lines[_pos] = (number, restIndent, rest);
                items.Add(ReadMapping(restIndent, number));
            }
            else
            {
                _pos++;
                items.Add(ReadValue(rest, number, indent));
            }
        }

        if (_pos < _lines.Count && _lines[_pos].Indent > indent)
        {
            throw new GiveUpException();
        }

        return RuleNode.Sequence(start, items);
    }

    private RuleNode ReadMapping(int indent, int startLine)
    {
        var entries = new List<KeyValuePair<RuleNode, RuleNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (_pos < _lines.Count && _lines[_pos].Indent == indent && !_lines[_pos].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            var (number, _, text) = _lines[_pos];
            int keyLength = KeyLength(text);
            if (keyLength == 0)
            {
                throw new GiveUpException();
            }

            string key = text[..keyLength];
            if (!keys.Add(key))
            {
                throw new GiveUpException(); // YamlDotNet reports duplicate keys; let it.
            }

            _pos++;
            string rest = text[(keyLength + 1)..].Trim(' ');
            entries.Add(KeyValuePair.Create(RuleNode.Scalar(number, key, plain: true), ReadValue(rest, number, indent)));
        }

        if (_pos < _lines.Count && _lines[_pos].Indent > indent)
        {
            throw new GiveUpException();
        }

        return RuleNode.Mapping(startLine, entries);
    }

    /// <summary>Reads the value after a key or a <c>- </c> (<paramref name="rest"/>, on line <paramref name="number"/>); the current line is the next one.</summary>
    private RuleNode ReadValue(string rest, int number, int parentIndent)
    {
        string? anchor = null;
        if (rest.StartsWith('&'))
        {
            int end = rest.IndexOf(' ', StringComparison.Ordinal);
            anchor = end < 0 ? rest[1..] : rest[1..end];
            rest = end < 0 ? "" : rest[(end + 1)..].TrimStart(' ');
            if (anchor.Length == 0)
            {
                throw new GiveUpException();
            }
        }

        RuleNode node;
        if (rest.Length == 0)
        {
            // A nested block: deeper lines, or a sequence at the parent's indentation. Otherwise an empty (null) scalar.
            if (_pos < _lines.Count && (_lines[_pos].Indent > parentIndent
                || (_lines[_pos].Indent == parentIndent && _lines[_pos].Text.StartsWith("- ", StringComparison.Ordinal))))
            {
                node = ReadBlock(_lines[_pos].Indent);
            }
            else
            {
                node = RuleNode.Scalar(number, "", plain: true);
            }
        }
        else if (rest[0] == '*')
        {
            if (anchor is not null || !_anchors.TryGetValue(rest[1..], out var target))
            {
                throw new GiveUpException();
            }

            node = target;
            NoContinuation(parentIndent);
        }
        else if (rest[0] == '[')
        {
            node = ReadFlowSequence(rest, number);
            NoContinuation(parentIndent);
        }
        else
        {
            int at = 0;
            node = ReadScalar(rest, ref at, number, flow: false);
            if (at != rest.Length)
            {
                throw new GiveUpException();
            }

            NoContinuation(parentIndent);
        }

        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    /// <summary>After a one-line value, a deeper line would continue it (a multi-line scalar): not in the subset.</summary>
    private void NoContinuation(int parentIndent)
    {
        if (_pos < _lines.Count && _lines[_pos].Indent > parentIndent)
        {
            throw new GiveUpException();
        }
    }

    private RuleNode ReadFlowSequence(string first, int number)
    {
        var items = new List<RuleNode>();
        string text = first;
        int lineNumber = number;
        int at = 1;
        bool expectItem = true;
        while (true)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (at == text.Length)
            {
                // The sequence goes on on the next line (PyYAML wraps long lists after a comma).
                if (_pos == _lines.Count)
                {
                    throw new GiveUpException();
                }

                (lineNumber, _, text) = _lines[_pos++];
                at = 0;
                continue;
            }

            char c = text[at];
            if (c == ']')
            {
                if (at + 1 != text.Length || (expectItem && items.Count > 0))
                {
                    throw new GiveUpException(); // text after the list, or a trailing comma
                }

                return RuleNode.Sequence(number, items);
            }

            if (!expectItem)
            {
                if (c != ',')
                {
                    throw new GiveUpException();
                }

                at++;
                expectItem = true;
                continue;
            }

            items.Add(ReadScalar(text, ref at, lineNumber, flow: true));
            expectItem = false;
        }
    }

    /// <summary>A plain or single-quoted scalar starting at <paramref name="at"/>; moves past it (and trailing spaces).</summary>
    private static RuleNode ReadScalar(string text, ref int at, int number, bool flow)
    {
        if (text[at] == '\'')
        {
            var sb = new System.Text.StringBuilder();
            int i = at + 1;
            while (true)
            {
                if (i >= text.Length)
                {
                    throw new GiveUpException(); // a quoted scalar over several lines
                }

                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        sb.Append('\'');
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                sb.Append(text[i++]);
            }

            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            at = i;
            return RuleNode.Scalar(number, sb.ToString(), plain: false);
        }

        // Plain: indicators that may not start one, or that start something outside the subset.
        char first = text[at];
        if (first is '"' or '{' or '}' or '[' or ']' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '#'
            || (first is '-' or '?' or ':' && (at + 1 == text.Length || text[at + 1] == ' ')))
        {
            throw new GiveUpException();
        }

        int end = at;
        while (end < text.Length && !(flow && text[end] is ',' or '[' or ']' or '{' or '}'))
        {
            if ((text[end] == ':' && (end + 1 == text.Length || text[end + 1] == ' ' || flow))
                || (text[end] == '#' && text[end - 1] == ' '))
            {
                throw new GiveUpException(); // a key or a comment inside: leave it to the full parser
            }

            end++;
        }

        string value = text[at..end].TrimEnd(' ');
        at = end;
        return RuleNode.Scalar(number, value, plain: true);
    }

    /// <summary>The length of a plain key (letters, digits, '-' and '_') followed by ':' and a space or the line end; 0 if none.</summary>
    private static int KeyLength(string text)
    {
        int i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        return i > 0 && i < text.Length && text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' ') ? i : 0;
    }
}
