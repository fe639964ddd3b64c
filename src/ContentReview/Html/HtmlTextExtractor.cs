using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ContentReview.Html;

/// <summary>
/// The text content of an HTML fragment or document, with a map from every text character back to the HTML.
/// </summary>
internal sealed class HtmlText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal HtmlText(string text, int[] starts, int[] ends)
    {
        Debug.Assert(starts.Length == text.Length && ends.Length == text.Length, "one map entry per text character");
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The decoded text content: tags removed, entities decoded, a line break where a block element starts or ends.</summary>
    public string Text { get; }

    /// <summary>
    /// Maps a half-open span of <see cref="Text"/> to the HTML: from the start of the HTML source of its first character
    /// to the end of the HTML source of its last one. A character decoded from an entity maps to the whole entity, so a
    /// span never cuts one; tags between the first and the last character are inside the mapped span.
    /// </summary>
    public (int Start, int Length) MapSpan(int start, int length)
    {
        Debug.Assert(length > 0 && start >= 0 && start + length <= Text.Length, "a finding lies inside the text");
        int s = _starts[start];
        int e = _ends[start + length - 1];
        return (s, e - s);
    }
}

/// <summary>
/// A small, tolerant HTML tokenizer that extracts the text a reader sees, for review.
/// </summary>
/// <remarks>
/// <para>What it does, in one pass, never throwing on malformed input:</para>
/// <list type="bullet">
/// <item>tags and their attributes are skipped (quoted attribute values may contain <c>&gt;</c>); inline tags
/// (<c>span</c>, <c>b</c>, <c>strong</c>, <c>a</c>, <c>font</c>, …) leave nothing, so 台&lt;b&gt;湾&lt;/b&gt; still reads 台湾;</item>
/// <item>block elements (<see cref="BlockElements"/>: <c>p</c>, <c>div</c>, <c>br</c>, <c>li</c>, <c>h1</c>–<c>h6</c>,
/// table parts, sectioning elements, …) insert one line break, so they end sentences and no match runs across them;</item>
/// <item>comments, <c>&lt;!DOCTYPE&gt;</c>, <c>&lt;![CDATA[…]]&gt;</c>, <c>&lt;?…?&gt;</c> and the content of
/// <c>script</c>, <c>style</c>, <c>template</c> and <c>noscript</c> are skipped; an unclosed comment or script runs to the
/// end;</item>
/// <item>character references are decoded: decimal and hexadecimal ones, and the common named ones
/// (<see cref="NamedEntities"/>), with the terminating semicolon optional as browsers allow for the legacy ones;
/// an unknown name stays as written;</item>
/// <item>line breaks and tabs in the source become spaces (HTML renders them as spaces; only block elements break
/// sentences);</item>
/// <item>a <c>&lt;</c> that does not start a tag, comment or declaration is text, and so is a tag that never closes.</item>
/// </list>
/// <para>Attribute text a reader sees or a search engine shows is reviewed too: the value of every <c>alt</c> and
/// <c>title</c> attribute (<c>&lt;img alt&gt;</c>, <c>&lt;a title&gt;</c>, …) and the <c>content</c> of
/// <c>&lt;meta name="description"&gt;</c> and <c>&lt;meta name="keywords"&gt;</c>. Each value (entities decoded, line
/// breaks as spaces) becomes its own paragraph after the body text, so it never joins the body text around its tag into
/// a match (and the body text reads as before: 台&lt;img alt="图"&gt;湾 still reads 台湾); its characters map into the
/// attribute value in the HTML, so findings in it point there. The map is therefore monotonic only within the body and
/// within each value.</para>
/// </remarks>
internal static class HtmlTextExtractor
{
    /// <summary>Elements that start a new line of text when they open or close.</summary>
    internal static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    };

    /// <summary>Elements whose content is not text a reader sees.</summary>
    private static readonly HashSet<string> RawSkipElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript",
    };

    /// <summary>The named character references decoded (the common ones in Chinese CMS content), name → text.</summary>
    internal static readonly Dictionary<string, string> NamedEntities = new(StringComparer.Ordinal)
    {
        ["nbsp"] = "\u00A0", ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'",
        ["ldquo"] = "\u201C", ["rdquo"] = "\u201D", ["lsquo"] = "\u2018", ["rsquo"] = "\u2019",
        ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["hellip"] = "\u2026", ["middot"] = "\u00B7", ["bull"] = "\u2022",
        ["laquo"] = "\u00AB", ["raquo"] = "\u00BB", ["lsaquo"] = "\u2039", ["rsaquo"] = "\u203A",
        ["sbquo"] = "\u201A", ["bdquo"] = "\u201E", ["prime"] = "\u2032", ["Prime"] = "\u2033",
        ["copy"] = "\u00A9", ["reg"] = "\u00AE", ["trade"] = "\u2122", ["sect"] = "\u00A7", ["para"] = "\u00B6",
        ["deg"] = "\u00B0", ["plusmn"] = "\u00B1", ["times"] = "\u00D7", ["divide"] = "\u00F7", ["micro"] = "\u00B5",
        ["permil"] = "\u2030", ["yen"] = "\u00A5", ["cent"] = "\u00A2", ["pound"] = "\u00A3", ["euro"] = "\u20AC",
        ["ensp"] = "\u2002", ["emsp"] = "\u2003", ["thinsp"] = "\u2009", ["zwnj"] = "\u200C", ["zwj"] = "\u200D",
        ["shy"] = "\u00AD", ["le"] = "\u2264", ["ge"] = "\u2265", ["ne"] = "\u2260", ["larr"] = "\u2190",
        ["rarr"] = "\u2192", ["uarr"] = "\u2191", ["darr"] = "\u2193", ["frac12"] = "\u00BD", ["frac14"] = "\u00BC",
        ["frac34"] = "\u00BE", ["sup1"] = "\u00B9", ["sup2"] = "\u00B2", ["sup3"] = "\u00B3", ["dagger"] = "\u2020",
        ["Dagger"] = "\u2021", ["circ"] = "\u02C6", ["tilde"] = "\u02DC", ["iexcl"] = "\u00A1", ["iquest"] = "\u00BF",
        ["oline"] = "\u203E", ["loz"] = "\u25CA", ["star"] = "\u2606", ["starf"] = "\u2605", ["check"] = "\u2713",
    };

    /// <summary>Named references a browser decodes without a semicolon (the HTML 4 legacy ones used here).</summary>
    private static readonly HashSet<string> LegacyNoSemicolon = new(StringComparer.Ordinal)
    {
        "nbsp", "amp", "lt", "gt", "quot", "copy", "reg", "deg", "plusmn", "times", "divide", "micro", "yen", "cent",
        "pound", "sect", "para", "middot", "laquo", "raquo", "frac12", "frac14", "frac34", "sup1", "sup2", "sup3",
        "iexcl", "iquest", "shy",
    };

    /// <summary>Extracts the text of <paramref name="html"/> with its offset map.</summary>
    public static HtmlText Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var b = new Builder(html.Length);
        int i = 0;
        int n = html.Length;
        while (i < n)
        {
            char c = html[i];
            if (c == '<')
            {
                int next = TryMarkup(html, i, b);
                if (next > i)
                {
                    i = next;
                    continue;
                }

                b.Add('<', i, i + 1);
                i++;
            }
            else if (c == '&')
            {
                i = DecodeReference(html, i, html.Length, inAttribute: false, b);
            }
            else
            {
                b.Add(c is '\n' or '\r' or '\t' or '\f' ? ' ' : c, i, i + 1);
                i++;
            }
        }

        return b.Build();
    }

    /// <summary>Handles markup at <paramref name="i"/> (a '&lt;'); returns the index after it, or <paramref name="i"/> if it is text.</summary>
    private static int TryMarkup(string html, int i, Builder b)
    {
        int n = html.Length;
        if (i + 1 >= n)
        {
            return i;
        }

        char c = html[i + 1];
        if (c == '!')
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                return end < 0 ? n : end + 3;
            }

            if (string.CompareOrdinal(html, i, "<![CDATA[", 0, 9) == 0)
            {
                int end = html.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                return end < 0 ? n : end + 3;
            }

            // <!DOCTYPE …> and other declarations: to the next '>'.
            int gt = html.IndexOf('>', i + 2);
            return gt < 0 ? n : gt + 1;
        }

        if (c == '?')
        {
            int gt = html.IndexOf('>', i + 2);
            return gt < 0 ? n : gt + 1;
        }

        bool closing = c == '/';
        int nameStart = closing ? i + 2 : i + 1;
        if (nameStart >= n || !IsAsciiLetter(html[nameStart]))
        {
            return i;
        }

        int nameEnd = nameStart;
        while (nameEnd < n && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
        {
            nameEnd++;
        }

        int tagEnd = FindTagEnd(html, nameEnd);
        if (tagEnd < 0)
        {
            return i; // never closes: text, so nothing a reader might see is lost
        }

        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (IsBlock(name))
        {
            b.Break(i, tagEnd);
        }

        if (!closing)
        {
            AddReviewedAttributes(html, name, nameEnd, tagEnd, b);
        }

        if (!closing && IsRawSkip(name) && html[tagEnd - 2] != '/')
        {
            return SkipRawContent(html, tagEnd, name.ToString());
        }

        return tagEnd;
    }

    /// <summary>
    /// Adds the values of the reviewed attributes of the tag whose name ends at <paramref name="from"/> (and which ends
    /// before <paramref name="tagEnd"/>) as paragraphs of their own; see the remarks of the class.
    /// </summary>
    private static void AddReviewedAttributes(string html, ReadOnlySpan<char> tagName, int from, int tagEnd, Builder b)
    {
        bool meta = tagName.Equals("meta", StringComparison.OrdinalIgnoreCase);
        bool metaReviewed = false;
        (int Start, int End)? content = null;
        int j = from;
        int limit = html[tagEnd - 1] == '>' ? tagEnd - 1 : tagEnd;
        while (j < limit)
        {
            while (j < limit && (char.IsWhiteSpace(html[j]) || html[j] == '/'))
            {
                j++;
            }

            int attrStart = j;
            while (j < limit && !char.IsWhiteSpace(html[j]) && html[j] is not ('=' or '>' or '/' or '"' or '\''))
            {
                j++;
            }

            if (j == attrStart)
            {
                j++; // a stray quote: skip it, as a tolerant reader would
                continue;
            }

            var attr = html.AsSpan(attrStart, j - attrStart);
            int k = j;
            while (k < limit && char.IsWhiteSpace(html[k]))
            {
                k++;
            }

            if (k >= limit || html[k] != '=')
            {
                continue; // an attribute without a value
            }

            k++;
            while (k < limit && char.IsWhiteSpace(html[k]))
            {
                k++;
            }

            int valueStart, valueEnd;
            if (k < limit && html[k] is '"' or '\'')
            {
                char quote = html[k];
                valueStart = k + 1;
                int close = html.IndexOf(quote, valueStart, limit - valueStart);
                valueEnd = close < 0 ? limit : close; // an unbalanced quote runs to the end of the tag
                j = close < 0 ? limit : close + 1;
            }
            else
            {
                valueStart = k;
                while (k < limit && !char.IsWhiteSpace(html[k]))
                {
                    k++;
                }

                valueEnd = k;
                j = k;
            }

            if (attr.Equals("alt", StringComparison.OrdinalIgnoreCase) || attr.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                b.AddAttribute(html, valueStart, valueEnd);
            }
            else if (meta && attr.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                var value = html.AsSpan(valueStart, valueEnd - valueStart).Trim();
                metaReviewed = value.Equals("description", StringComparison.OrdinalIgnoreCase) || value.Equals("keywords", StringComparison.OrdinalIgnoreCase);
            }
            else if (meta && attr.Equals("content", StringComparison.OrdinalIgnoreCase))
            {
                content = (valueStart, valueEnd);
            }
        }

        if (metaReviewed && content is { } c)
        {
            b.AddAttribute(html, c.Start, c.End);
        }
    }

    /// <summary>Returns the index after the '&gt;' that ends a tag whose name ends at <paramref name="from"/>, or -1.</summary>
    private static int FindTagEnd(string html, int from)
    {
        char quote = '\0';
        for (int j = from; j < html.Length; j++)
        {
            char c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '>')
            {
                return j + 1;
            }
            else if (c is '"' or '\'' && j > 0 && (html[j - 1] == '=' || char.IsWhiteSpace(html[j - 1])))
            {
                quote = c;
            }
        }

        // An unbalanced quote: fall back to the first '>' after the name, as a tolerant reader would.
        int gt = html.IndexOf('>', from);
        return quote != '\0' && gt >= 0 ? gt + 1 : -1;
    }

    /// <summary>Skips the content of script/style/…: to the matching end tag (case-insensitive), or to the end.</summary>
    private static int SkipRawContent(string html, int from, string name)
    {
        int j = from;
        while (true)
        {
            int lt = html.IndexOf("</", j, StringComparison.Ordinal);
            if (lt < 0)
            {
                return html.Length;
            }

            int k = lt + 2;
            if (k + name.Length <= html.Length
                && string.Compare(html, k, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (k + name.Length == html.Length || !char.IsAsciiLetterOrDigit(html[k + name.Length])))
            {
                int gt = html.IndexOf('>', k + name.Length);
                return gt < 0 ? html.Length : gt + 1;
            }

            j = lt + 2;
        }
    }

    /// <summary>
    /// Decodes the character reference at <paramref name="i"/> (an '&amp;') that ends before <paramref name="limit"/>, or
    /// adds the '&amp;' as text. In an attribute value, as browsers read it, a named reference without its ';' followed by
    /// '=' stays text (<c>title="a&amp;copy=b"</c> keeps "&amp;copy"; the name already runs to the last letter or digit).
    /// </summary>
    private static int DecodeReference(string html, int i, int limit, bool inAttribute, Builder b)
    {
        int n = limit;
        int j = i + 1;
        if (j < n && html[j] == '#')
        {
            j++;
            bool hex = j < n && html[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            int digitsStart = j;
            while (j < n && (hex ? char.IsAsciiHexDigit(html[j]) : char.IsAsciiDigit(html[j])) && j - digitsStart < 8)
            {
                j++;
            }

            if (j > digitsStart)
            {
                int value = int.Parse(html.AsSpan(digitsStart, j - digitsStart), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
                if (j < n && html[j] == ';')
                {
                    j++;
                }

                if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                {
                    value = 0xFFFD;
                }

                var s = char.ConvertFromUtf32(value);
                foreach (char ch in s)
                {
                    b.Add(ch, i, j);
                }

                return j;
            }

            b.Add('&', i, i + 1);
            return i + 1;
        }

        int nameStart = j;
        while (j < n && char.IsAsciiLetterOrDigit(html[j]) && j - nameStart < 32)
        {
            j++;
        }

        if (j > nameStart)
        {
            var name = html.Substring(nameStart, j - nameStart);
            bool semicolon = j < n && html[j] == ';';
            if (NamedEntities.TryGetValue(name, out var value)
                && (semicolon || (LegacyNoSemicolon.Contains(name) && !(inAttribute && j < n && html[j] == '='))))
            {
                int end = semicolon ? j + 1 : j;
                foreach (char ch in value)
                {
                    b.Add(ch, i, end);
                }

                return end;
            }
        }

        b.Add('&', i, i + 1);
        return i + 1;
    }

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    private static bool IsBlock(ReadOnlySpan<char> name) =>
        name.Length <= 10 && BlockElements.Contains(name.ToString());

    private static bool IsRawSkip(ReadOnlySpan<char> name) =>
        name.Length <= 8 && RawSkipElements.Contains(name.ToString());

    private sealed class Builder(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private readonly List<int> _starts = new(capacity);
        private readonly List<int> _ends = new(capacity);
        private Builder? _attributes;

        /// <summary>
        /// Adds an attribute value (<paramref name="start"/> to <paramref name="end"/> in the HTML) as a paragraph of the
        /// attribute text that <see cref="Build"/> puts after the body; nothing when it holds only spaces.
        /// </summary>
        public void AddAttribute(string html, int start, int end)
        {
            if (html.AsSpan(start, end - start).IsWhiteSpace())
            {
                return;
            }

            var a = _attributes ??= new Builder(64);
            a.Add('\n', start, start); // a paragraph of its own; maps to the empty span where the value starts
            int i = start;
            while (i < end)
            {
                char c = html[i];
                if (c == '&')
                {
                    i = DecodeReference(html, i, end, inAttribute: true, a);
                }
                else
                {
                    a.Add(c is '\n' or '\r' or '\t' or '\f' ? ' ' : c, i, i + 1);
                    i++;
                }
            }
        }

        public void Add(char c, int start, int end)
        {
            _text.Append(c);
            _starts.Add(start);
            _ends.Add(end);
        }

        /// <summary>Adds a line break for a block element, unless the text is empty or already ends with one.</summary>
        public void Break(int start, int end)
        {
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                Add('\n', start, end);
            }
        }

        public HtmlText Build()
        {
            if (_attributes is { } a)
            {
                // The attribute paragraphs follow the body: a line break first unless the body is empty or ends with one.
                int from = _text.Length == 0 || _text[^1] == '\n' ? 1 : 0;
                _text.Append(a._text, from, a._text.Length - from);
                _starts.AddRange(a._starts.Skip(from));
                _ends.AddRange(a._ends.Skip(from));
            }

            return new(_text.ToString(), _starts.ToArray(), _ends.ToArray());
        }
    }
}
