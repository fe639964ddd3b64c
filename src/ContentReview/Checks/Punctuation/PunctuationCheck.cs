using System.Buffers;

namespace ContentReview.Checks.Punctuation;

/// <summary>
/// Checks punctuation against GB/T 15834-2011《标点符号用法》: unbalanced paired marks, half-width marks inside
/// Chinese sentences, doubled marks, and wrong ellipsis and dash forms.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>punctuation-unbalanced</c>: 《》 “” （） 【】 ‘’ 〔〕 「」 『』 are balanced per line (a paragraph); the
/// unmatched mark is reported. A “ or （ may run on to the next line (a quoted poem, a wrapped note), and a “ left open
/// before a line that starts with “ follows the multi-paragraph quotation convention. ( and ) pair with
/// （ and ）; a pair of mixed width is reported as <c>punctuation-paren-width</c>. ‘ and ’ between Latin letters are
/// apostrophes.</item>
/// <item><c>punctuation-halfwidth</c>: , . ; : ? ! right after a Chinese character (or a closing Chinese mark) and
/// followed by Chinese text, a digit (for , ; :) or the end of the line → the full-width mark. A run of the same
/// mark (,,) becomes one mark.</item>
/// <item><c>punctuation-doubled</c>: two or more of ，。、；： in a row (，， → ，, ，。 → 。). ？？ ！！ ？！ are permitted
/// for emphasis and …… —— are single marks, so they are not reported.</item>
/// <item><c>punctuation-ellipsis</c>: ... (three or more dots), 。。。, a single …, or ··· next to Chinese text → ……</item>
/// <item><c>punctuation-dash</c>: -- or －－ next to Chinese text → ——. A single — is a 一字线 (connecting sign) when it
/// stands between digits (2011—2012) and may be one between two words (北京—上海), so it is a hint there; next to
/// other punctuation or at a line boundary it is a truncated 破折号 and a warning.</item>
/// </list>
/// </remarks>
public sealed class PunctuationCheck : IReviewCheck
{
    internal const string RuleUnbalanced = "punctuation-unbalanced";
    internal const string RuleParenWidth = "punctuation-paren-width";
    internal const string RuleHalfWidth = "punctuation-halfwidth";
    internal const string RuleDoubled = "punctuation-doubled";
    internal const string RuleEllipsis = "punctuation-ellipsis";
    internal const string RuleDash = "punctuation-dash";

    private const string Source = "GB/T 15834-2011《标点符号用法》";

    private static readonly string Punctuation = global::ContentReview.Categories.Punctuation;

    private const string Openers = "《“（(【‘〔「『";
    private const string Closers = "》”）)】’〕」』";

    // Vectorized skipping to the next character a scanner cares about: most of a text is plain Han characters.
    private static readonly SearchValues<char> PairOrBreak = SearchValues.Create(Openers + Closers + "\n\r\u2028\u2029");
    private static readonly SearchValues<char> MarkStarts = SearchValues.Create(".。…·・,;:?!，、；：-－—―");

    // The family of each opener/closer (index into Families): ( and （ are one family.
    private static readonly string[] Families = ["《》", "“”", "（）", "【】", "‘’", "〔〕", "「」", "『』"];

    /// <inheritdoc/>
    public string Name => "punctuation";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Categories { get; } = [Punctuation];

    /// <inheritdoc/>
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (!context.IsCategoryEnabled(Punctuation))
        {
            return;
        }

        string text = context.Text;
        var found = new List<Finding>();
        FindUnbalanced(text, found);
        FindMarks(text, found);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var f in found)
        {
            findings.Add(f);
        }
    }

    private static int FamilyOf(char c) => c switch
    {
        '《' or '》' => 0,
        '“' or '”' => 1,
        '（' or '）' or '(' or ')' => 2,
        '【' or '】' => 3,
        '‘' or '’' => 4,
        '〔' or '〕' => 5,
        '「' or '」' => 6,
        '『' or '』' => 7,
        _ => -1,
    };

    private static void FindUnbalanced(string text, List<Finding> found)
    {
        var stack = new List<int>();
        var carried = new HashSet<int>(); // openers carried over from the previous line
        int n = text.Length;
        for (int i = 0; i <= n; i++)
        {
            if (i < n)
            {
                int skip = text.AsSpan(i).IndexOfAny(PairOrBreak);
                i = skip < 0 ? n : i + skip;
            }

            if (i == n || CheckText.IsLineBreak(text[i]))
            {
                EndLine(text, i, stack, carried, found);
                while (i + 1 < n && CheckText.IsLineBreak(text[i + 1]))
                {
                    i++; // \r\n and blank lines end one line, not several
                }

                continue;
            }

            char c = text[i];
            bool isOpen = Openers.Contains(c, StringComparison.Ordinal);
            bool isClose = !isOpen && Closers.Contains(c, StringComparison.Ordinal);
            if (!isOpen && !isClose)
            {
                continue;
            }

            // ‘ ’ between Latin letters are apostrophes (O’Brien).
            if (c is '‘' or '’' && i > 0 && i + 1 < n && CheckText.IsAsciiLetter(text[i - 1]) && CheckText.IsAsciiLetter(text[i + 1]))
            {
                continue;
            }

            if (isOpen)
            {
                stack.Add(i);
                continue;
            }

            int family = FamilyOf(c);
            int match = -1;
            for (int k = stack.Count - 1; k >= 0; k--)
            {
                if (FamilyOf(text[stack[k]]) == family)
                {
                    match = k;
                    break;
                }
            }

            if (match < 0)
            {
                ReportUnmatched(text, i, found);
                continue;
            }

            for (int k = match + 1; k < stack.Count; k++)
            {
                ReportUnmatched(text, stack[k], found);
            }

            int openAt = stack[match];
            stack.RemoveRange(match, stack.Count - match);
            if (family == 2 && (text[openAt] == '(') != (c == ')'))
            {
                // （…) or (…）: report the half-width one, suggest the full-width form.
                int half = text[openAt] == '(' ? openAt : i;
                found.Add(CheckText.Create(
                    text, half, 1, RuleParenWidth, Punctuation, Severity.Warning,
                    $"括号全角、半角混用：“{text[openAt]}”与“{c}”配对。中文行文应使用全角括号“（）”。", Source,
                    [text[half] == '(' ? "（" : "）"]));
            }
        }
    }

    /// <summary>
    /// At a line end: a quotation opened on this line may run on. When the next line starts with “ it is the
    /// multi-paragraph convention (every paragraph of a long quotation opens with “, only the last one closes) and
    /// the mark is fine; otherwise “ and （ are carried over one line, for a quoted poem or a note wrapped onto the
    /// next line, and reported if that line does not close them. Everything else is reported here.
    /// </summary>
    private static void EndLine(string text, int lineEnd, List<int> stack, HashSet<int> carried, List<Finding> found)
    {
        int next = lineEnd;
        while (next < text.Length && (CheckText.IsLineBreak(text[next]) || CheckText.IsInlineSpace(text[next])))
        {
            next++;
        }

        bool nextOpensQuote = next < text.Length && text[next] == '“';
        var carry = new List<int>();
        foreach (int open in stack)
        {
            char c = text[open];
            bool mayRunOn = c is '“' or '（' && !carried.Contains(open) && next < text.Length;
            if (c == '“' && nextOpensQuote && !carried.Contains(open))
            {
                continue;
            }

            if (mayRunOn)
            {
                carry.Add(open);
            }
            else
            {
                ReportUnmatched(text, open, found);
            }
        }

        stack.Clear();
        carried.Clear();
        foreach (int open in carry)
        {
            stack.Add(open);
            carried.Add(open);
        }
    }

    private static void ReportUnmatched(string text, int index, List<Finding> found)
    {
        char c = text[index];
        if (c is '(' or ')')
        {
            return; // half-width parentheses belong to Latin text, lists (1) 2) and formulas; not reported alone
        }

        string pair = Families[FamilyOf(c)];
        bool open = pair[0] == c;
        string message = open
            ? $"“{c}”没有对应的“{pair[1]}”：成对的标点符号应配对使用，请补全或删除。"
            : $"“{c}”没有对应的“{pair[0]}”：成对的标点符号应配对使用，请补全或删除。";
        found.Add(CheckText.Create(text, index, 1, RuleUnbalanced, Punctuation, Severity.Warning, message, Source));
    }

    private static bool IsChineseClosing(char c) => c is '”' or '’' or '）' or '》' or '】' or '」' or '』' or '〕';

    private static bool IsChineseOpening(char c) => c is '“' or '‘' or '（' or '《' or '【' or '「' or '『' or '〔';

    private static bool IsChineseMark(char c) => c is '，' or '。' or '、' or '；' or '：' or '？' or '！' || IsChineseClosing(c) || IsChineseOpening(c);

    private static bool IsChineseSide(char c) => CheckText.IsHan(c) || IsChineseMark(c);

    private static bool IsHalfWidthMark(char c) => c is ',' or '.' or ';' or ':' or '?' or '!';

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        '.' => '。',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        _ => '！',
    };

    private static bool IsDoublable(char c) => c is '，' or '。' or '、' or '；' or '：';

    private static void FindMarks(string text, List<Finding> found)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            int skip = text.AsSpan(i).IndexOfAny(MarkStarts);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            char c = text[i];
            int next = i + 1;
            switch (c)
            {
                case '.' or '。' or '…' or '·' or '・':
                    next = Ellipsis(text, i, found);
                    if (next > i)
                    {
                        break;
                    }

                    next = c == '.' ? HalfWidth(text, i, found) : c == '。' ? Doubled(text, i, found) : i + 1;
                    break;
                case ',' or ';' or ':' or '?' or '!':
                    next = HalfWidth(text, i, found);
                    break;
                case '，' or '、' or '；' or '：':
                    next = Doubled(text, i, found);
                    break;
                case '-' or '－' or '—' or '―':
                    next = Dash(text, i, found);
                    break;
            }

            i = Math.Max(next, i + 1);
        }
    }

    /// <summary>Ellipsis forms starting at <paramref name="i"/>; returns the index after the run, or <paramref name="i"/> when none.</summary>
    private static int Ellipsis(string text, int i, List<Finding> found)
    {
        char c = text[i];
        int j = i;
        while (j < text.Length && text[j] == c)
        {
            j++;
        }

        int len = j - i;
        if (c == '…')
        {
            if (len % 2 == 0)
            {
                return j; // …… (or ………… for a whole omitted paragraph)
            }
        }
        else if (len < 3)
        {
            return i;
        }

        bool chinese = (i > 0 && IsChineseSide(text[i - 1])) || (j < text.Length && IsChineseSide(text[j])) || c == '。';
        if (!chinese)
        {
            return c == '.' ? j : i; // an ASCII ellipsis in Latin text: leave it, and do not read it as full stops
        }

        found.Add(CheckText.Create(
            text, i, len, RuleEllipsis, Punctuation, Severity.Warning,
            $"省略号应写作“……”（两个“…”，占两个字的位置），不应写作“{text.Substring(i, len)}”。", Source, ["……"]));
        return j;
    }

    private static int HalfWidth(string text, int i, List<Finding> found)
    {
        int n = text.Length;
        int j = i;
        while (j < n && IsHalfWidthMark(text[j]))
        {
            j++;
        }

        if (i == 0 || !(CheckText.IsHan(text[i - 1]) || IsChineseClosing(text[i - 1])))
        {
            return j;
        }

        int k = j;
        while (k < n && CheckText.IsInlineSpace(text[k]))
        {
            k++;
        }

        bool allowsDigit = text.AsSpan(i, j - i).IndexOfAny(".?!") < 0;
        bool endsLine = k == n || CheckText.IsLineBreak(text[k]);
        bool ok = endsLine || CheckText.IsHan(text[k]) || IsChineseOpening(text[k]) || (allowsDigit && CheckText.IsDigit(text[k]));
        if (!ok)
        {
            return j;
        }

        int end = endsLine ? j : k; // take the spaces before the next Chinese character along
        if (end - i == 1)
        {
            // The common case (a text typed with an English keyboard has hundreds): one mark, nothing else in the span.
            // Its text, message and suggestion are built once per mark rather than per finding.
            var one = SingleHalfWidth[HalfWidthMarks.IndexOf(text[i], StringComparison.Ordinal)];
            found.Add(new Finding
            {
                Start = i,
                Length = 1,
                Text = one.Text,
                RuleId = RuleHalfWidth,
                Category = Punctuation,
                Severity = Severity.Warning,
                Message = one.Message,
                Source = Source,
                Suggestions = one.Suggestions,
            });
            return end;
        }

        // A run of one mark (,,) is one mark; a mixed run (?!) keeps each.
        var run = text.AsSpan(i, j - i);
        string fixedRun = run.IndexOfAnyExcept(run[0]) < 0 && run[0] is ',' or ';' or ':' or '.'
            ? FullWidth(run[0]).ToString()
            : string.Concat(run.ToArray().Select(FullWidth));
        found.Add(CheckText.Create(
            text, i, end - i, RuleHalfWidth, Punctuation, Severity.Warning,
            HalfWidthMessage(fixedRun, run.ToString()), Source, [fixedRun]));
        return end;
    }

    private const string HalfWidthMarks = ",.;:?!";

    private static readonly (string Text, string Message, string[] Suggestions)[] SingleHalfWidth =
        HalfWidthMarks.Select(c => (c.ToString(), HalfWidthMessage(FullWidth(c).ToString(), c.ToString()), new[] { FullWidth(c).ToString() })).ToArray();

    private static string HalfWidthMessage(string fixedRun, string run) => $"中文句子中应使用全角标点“{fixedRun}”，不应使用半角“{run}”。";

    private static int Doubled(string text, int i, List<Finding> found)
    {
        int j = i;
        while (j < text.Length && IsDoublable(text[j]))
        {
            j++;
        }

        if (j - i < 2)
        {
            return j;
        }

        var run = text.AsSpan(i, j - i);
        bool same = run.IndexOfAnyExcept(run[0]) < 0;
        IReadOnlyList<string> suggestions = same ? [run[0].ToString()] : [run[^1].ToString(), run[0].ToString()];
        found.Add(CheckText.Create(
            text, i, j - i, RuleDoubled, Punctuation, Severity.Warning,
            same
                ? $"标点符号“{run[0]}”重复使用，应只保留一个。"
                : $"标点符号“{run.ToString()}”连用，应只保留一个。", Source, suggestions));
        return j;
    }

    private static int Dash(string text, int i, List<Finding> found)
    {
        int n = text.Length;
        char c = text[i];
        int j = i;
        while (j < n && text[j] == c)
        {
            j++;
        }

        int len = j - i;
        char before = i > 0 ? text[i - 1] : '\n';
        char after = j < n ? text[j] : '\n';
        bool chineseSide = IsChineseSide(before) || IsChineseSide(after);
        if (c is '-' or '－')
        {
            if (len >= 2 && chineseSide)
            {
                found.Add(CheckText.Create(
                    text, i, len, RuleDash, Punctuation, Severity.Warning,
                    $"破折号应写作“——”（两个“—”），不应写作“{text.Substring(i, len)}”。", Source, ["——"]));
            }

            return j;
        }

        // — or ―: two in a row are a correct 破折号 (―― is how some GB fonts encode it).
        if (len != 1 || CheckText.IsDigit(before) || CheckText.IsDigit(after) || before is '%' or '％' || !chineseSide)
        {
            return j;
        }

        bool betweenWords = CheckText.IsHan(before) && CheckText.IsHan(after);
        found.Add(CheckText.Create(
            text, i, 1, RuleDash, Punctuation, betweenWords ? Severity.Info : Severity.Warning,
            betweenWords
                ? "单个“—”是一字线（连接号），用于时间、地域等的起止（如北京—上海）；如用作破折号，应写作“——”。"
                : "破折号应写作“——”（两个“—”），不应只写一个“—”。", Source, ["——"]));
        return j;
    }
}
